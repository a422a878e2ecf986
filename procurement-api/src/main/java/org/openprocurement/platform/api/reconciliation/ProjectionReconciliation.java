package org.openprocurement.platform.api.reconciliation;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
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
    // Read models kept in the command's transaction whose names predate the "-view"/"_view" convention.
    private static final Set<String> OTHER_GROUPS = Set.of("overdue-steps", "process-disclosure");
    private static final String OTHER_TABLES = "'overdue_step', 'process_disclosure', 'process_deferral'";
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
                            + "AND table_type = 'BASE TABLE' AND (table_name LIKE '%\\_view' OR table_name IN ("
                            + OTHER_TABLES + ")) ORDER BY table_name",
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

    /** The beans of every processing group that keeps a read model ({@code …-view} and the two older names). */
    private Collection<Object> projectors() {
        return context.getBeansWithAnnotation(ProcessingGroup.class).values().stream()
                .filter(bean -> {
                    ProcessingGroup group =
                            AnnotationUtils.findAnnotation(AopUtils.getTargetClass(bean), ProcessingGroup.class);
                    return group != null
                            && (group.value().endsWith(VIEW_GROUP_SUFFIX) || OTHER_GROUPS.contains(group.value()));
                })
                .toList();
    }

    private static ReconciliationReport.Table compare(JdbcTemplate scratch, String table) {
        String live = "public." + table;
        String rebuilt = "pg_temp." + table;
        List<String> columns = comparedColumns(scratch, table);
        long missing = differences(scratch, columns, rebuilt, live);
        long unexpected = differences(scratch, columns, live, rebuilt);
        List<String> keys = missing + unexpected == 0 ? List.of() : keys(scratch, columns, live, rebuilt);
        return new ReconciliationReport.Table(
                table, count(scratch, live), count(scratch, rebuilt), missing, unexpected, keys);
    }

    /**
     * The columns that the events decide, in table order: a column filled from a sequence numbers rows in the
     * order they happened to be written, which a rebuild cannot and need not reproduce.
     */
    private static List<String> comparedColumns(JdbcTemplate scratch, String table) {
        return scratch.queryForList(
                "SELECT quote_ident(column_name::text) FROM information_schema.columns WHERE table_schema = 'public' "
                        + "AND table_name = ? AND coalesce(column_default, '') NOT LIKE 'nextval(%' "
                        + "ORDER BY ordinal_position",
                String.class, table);
    }

    /** Rows of {@code left} that {@code right} lacks, duplicates counted; a row is compared as text. */
    private static long differences(JdbcTemplate scratch, List<String> columns, String left, String right) {
        String row = row(columns);
        Long n = scratch.queryForObject(
                "SELECT count(*) FROM (SELECT " + row + " FROM " + left + " r EXCEPT ALL SELECT " + row + " FROM "
                        + right + " r) d",
                Long.class);
        return n == null ? 0 : n;
    }

    private static List<String> keys(JdbcTemplate scratch, List<String> columns, String live, String rebuilt) {
        String row = row(columns);
        String differing = "SELECT r." + columns.get(0) + "::text AS k FROM %s r WHERE " + row + " NOT IN (SELECT "
                + row + " FROM %s r)";
        return scratch.queryForList(
                "SELECT DISTINCT k FROM (" + differing.formatted(live, rebuilt) + " UNION ALL "
                        + differing.formatted(rebuilt, live) + ") d ORDER BY k LIMIT " + KEYS,
                String.class);
    }

    private static String row(List<String> columns) {
        return "ROW(" + columns.stream().map(c -> "r." + c).collect(java.util.stream.Collectors.joining(", "))
                + ")::text";
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
