package org.openprocurement.platform.api.reconciliation;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.openprocurement.platform.api.infrastructure.EventLogReader;
import org.springframework.aop.support.AopUtils;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Rebuilds every read model from the event store and compares it with the live one, row for row.
 *
 * <p>On a physical connection of its own, in one repeatable-read snapshot: every {@code *_view} table is
 * shadowed by an empty temporary copy, every projector of a {@code *-view} processing group replays the whole
 * event log into the copies (the very projector beans that keep the live views, their statements routed to
 * this connection), then each copy is compared with its live table; then everything is rolled back. Since
 * those projections commit with the events they follow, any difference is a defect, never a lag.
 */
@Component
public class ProjectionReconciliation {

    private static final String VIEW_GROUP_SUFFIX = "-view";
    private static final int KEYS = 5;

    private final ApplicationContext context;
    private final DataSource dataSource;
    private final EventLogReader events;

    ProjectionReconciliation(ApplicationContext context, DataSource dataSource, EventLogReader events) {
        this.context = context;
        this.dataSource = dataSource;
        this.events = events;
    }

    /** Runs the comparison; changes nothing. */
    public ReconciliationReport run() {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Reconciliation runs on its own connection, outside any transaction");
        }
        long start = System.nanoTime();
        try (Connection physical = connect()) {
            physical.setAutoCommit(false);
            physical.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            // The projectors' writes to the scratch tables go out in batches: a replay is one long transaction.
            WriteBehindConnection.Wrapped wrapped = WriteBehindConnection.wrap(physical);
            Connection connection = wrapped.connection();
            JdbcTemplate scratch = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
            // The snapshot is taken by the first statement: events and live views are read as of that moment.
            List<String> tables = scratch.queryForList(
                    "SELECT table_name::text FROM information_schema.tables WHERE table_schema = 'public' "
                            + "AND table_type = 'BASE TABLE' AND table_name LIKE '%\\_view' ORDER BY table_name",
                    String.class);
            TransactionSynchronizationManager.bindResource(dataSource, new ConnectionHolder(connection));
            try {
                for (String table : tables) {
                    scratch.execute("CREATE TEMPORARY TABLE " + table + " (LIKE public." + table + " INCLUDING ALL)");
                }
                long replayed = replay(connection);
                wrapped.handle().flush();
                List<ReconciliationReport.Table> compared = new ArrayList<>();
                for (String table : tables) {
                    compared.add(compare(scratch, table));
                }
                boolean consistent = compared.stream().allMatch(ReconciliationReport.Table::consistent);
                return new ReconciliationReport(
                        consistent, replayed, (System.nanoTime() - start) / 1_000_000, compared);
            } finally {
                TransactionSynchronizationManager.unbindResource(dataSource);
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The read models could not be reconciled with the event store", e);
        }
    }

    private long replay(Connection connection) throws SQLException {
        List<AnnotationEventHandlerAdapter> projectors =
                projectors().stream().map(AnnotationEventHandlerAdapter::new).toList();
        return events.readAll(connection, event -> project(projectors, event));
    }

    private static void project(List<AnnotationEventHandlerAdapter> projectors, DomainEventMessage<?> event) {
        for (AnnotationEventHandlerAdapter projector : projectors) {
            try {
                if (projector.canHandle(event)) {
                    projector.handle(event);
                }
            } catch (Exception e) {
                throw new IllegalStateException(
                        "Replaying event " + event.getIdentifier() + " ("
                                + event.getPayloadType().getSimpleName() + ") failed",
                        e);
            }
        }
    }

    /** The beans of every processing group that keeps a read model ({@code …-view}). */
    private Collection<Object> projectors() {
        return context.getBeansWithAnnotation(ProcessingGroup.class).values().stream()
                .filter(bean -> {
                    ProcessingGroup group =
                            AnnotationUtils.findAnnotation(AopUtils.getTargetClass(bean), ProcessingGroup.class);
                    return group != null && group.value().endsWith(VIEW_GROUP_SUFFIX);
                })
                .toList();
    }

    private static ReconciliationReport.Table compare(JdbcTemplate scratch, String table) {
        String live = "public." + table;
        String rebuilt = "pg_temp." + table;
        long missing = differences(scratch, rebuilt, live);
        long unexpected = differences(scratch, live, rebuilt);
        List<String> keys = missing + unexpected == 0 ? List.of() : keys(scratch, table, live, rebuilt);
        return new ReconciliationReport.Table(
                table, count(scratch, live), count(scratch, rebuilt), missing, unexpected, keys);
    }

    /** Rows of {@code left} that {@code right} lacks, duplicates counted; a whole row is compared as text. */
    private static long differences(JdbcTemplate scratch, String left, String right) {
        Long n = scratch.queryForObject(
                "SELECT count(*) FROM (SELECT r::text FROM " + left + " r EXCEPT ALL SELECT r::text FROM " + right
                        + " r) d",
                Long.class);
        return n == null ? 0 : n;
    }

    private static List<String> keys(JdbcTemplate scratch, String table, String live, String rebuilt) {
        String first = scratch.queryForObject(
                "SELECT column_name::text FROM information_schema.columns WHERE table_schema = 'public' "
                        + "AND table_name = ? ORDER BY ordinal_position LIMIT 1",
                String.class,
                table);
        String differing =
                "SELECT r." + first + "::text AS k FROM %s r WHERE r::text NOT IN (SELECT s::text FROM %s s)";
        return scratch.queryForList(
                "SELECT DISTINCT k FROM (" + differing.formatted(live, rebuilt) + " UNION ALL "
                        + differing.formatted(rebuilt, live) + ") d ORDER BY k LIMIT " + KEYS,
                String.class);
    }

    private static long count(JdbcTemplate scratch, String table) {
        Long n = scratch.queryForObject("SELECT count(*) FROM " + table, Long.class);
        return n == null ? 0 : n;
    }

    private Connection connect() throws SQLException {
        if (dataSource instanceof HikariDataSource pool) {
            return DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
        }
        throw new IllegalStateException("Reconciliation needs the platform's connection settings");
    }
}
