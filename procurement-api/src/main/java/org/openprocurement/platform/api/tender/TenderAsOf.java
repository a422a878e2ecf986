package org.openprocurement.platform.api.tender;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.openprocurement.platform.api.infrastructure.RecordedEvents;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * A tender as the live API showed it at a past instant, rebuilt from the event log: the tender's events
 * recorded up to that instant are replayed through the very projector that keeps the live view, into
 * temporary copies of its tables on a connection of its own, and read back through the very query the live
 * API uses; then everything is rolled back. Same code, same shape, nothing left behind.
 */
@Component
public class TenderAsOf {

    // Every table the tender projector writes.
    private static final List<String> VIEWS = List.of(
            "tender_view",
            "tender_amendment_view",
            "tender_enquiry_view",
            "opened_bid_view",
            "qualification_view",
            "award_view");

    private final RecordedEvents events;
    private final DataSource dataSource;

    TenderAsOf(RecordedEvents events, DataSource dataSource) {
        this.events = events;
        this.dataSource = dataSource;
    }

    /** Empty when the tender did not exist yet at {@code asOf} (or never). */
    public Optional<TenderResponse> at(UUID tender, Instant asOf) {
        List<DomainEventMessage<?>> recorded = events.of(tender.toString(), asOf);
        if (recorded.isEmpty()) {
            return Optional.empty();
        }
        // A physical connection of its own: no pooled connection ever sees the temporary tables, and no
        // statement prepared earlier against the live tables is reused here.
        try (Connection connection = connect()) {
            connection.setAutoCommit(false);
            try {
                JdbcTemplate scratch = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
                for (String view : VIEWS) {
                    scratch.execute(
                            "CREATE TEMPORARY TABLE " + view + " (LIKE public." + view + " INCLUDING DEFAULTS)");
                }
                AnnotationEventHandlerAdapter projector =
                        new AnnotationEventHandlerAdapter(new TenderProjector(scratch));
                for (DomainEventMessage<?> event : recorded) {
                    projector.handle(event);
                }
                return new TenderQueries(scratch).find(tender);
            } finally {
                connection.rollback();
            }
        } catch (Exception e) {
            throw new IllegalStateException("The tender " + tender + " could not be rebuilt as of " + asOf, e);
        }
    }

    private Connection connect() throws SQLException {
        if (dataSource instanceof HikariDataSource pool) {
            return DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
        }
        throw new IllegalStateException("As-of replay needs the platform's connection settings");
    }
}
