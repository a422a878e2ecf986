package org.openprocurement.platform.api.infrastructure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes of a group-commit batch sent to PostgreSQL together at the end of the batch's transaction: the events of
 * all its commands in one JDBC batch, and each projection's and record's statements in one JDBC batch per
 * statement, instead of a round trip per statement and command.
 *
 * <p>Outside {@link #deferring} every write runs at once, exactly as it would without this class.
 *
 * <p>Inside it, statements on one table keep their order: consecutive statements of the same SQL on a table
 * are sent as one batch, and a different statement on that table starts a new batch after it. Statements on
 * different tables may be reordered; none of the deferred tables has a trigger or a foreign key. Events of an
 * aggregate are written before that aggregate is read again in the same section (see
 * {@link DeferringEventStorageEngine}); a deferred table other than the event table must not be read inside
 * the section, since the read would not see the section's own writes.
 */
@Component
public class DeferredWrites {

    private static final ThreadLocal<Pending> PENDING = new ThreadLocal<>();

    private final JdbcTemplate jdbc;

    DeferredWrites(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Runs {@code work} inside the current transaction with its writes deferred, then sends them; a refused
     * write (a duplicate key, a row count its writer rejects) is thrown from here and the caller's transaction
     * is to roll back.
     */
    public <T> T deferring(Supplier<T> work) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Writes can only be deferred inside a transaction");
        }
        if (PENDING.get() != null) {
            throw new IllegalStateException("Writes are already deferred on this thread");
        }
        Pending pending = new Pending();
        PENDING.set(pending);
        try {
            T result = work.get();
            pending.flush();
            return result;
        } finally {
            PENDING.remove();
        }
    }

    /**
     * An update, insert or delete on {@code table}; {@code rows} receives the number of rows it changed, when it
     * has run (it may throw to refuse the outcome).
     */
    public void update(String table, String sql, Object[] args, IntConsumer rows) {
        Pending pending = PENDING.get();
        if (pending == null) {
            rows.accept(jdbc.update(sql, args));
            return;
        }
        pending.statement(table, sql, args, rows);
    }

    /** An update whose row count nobody checks. */
    public void update(String table, String sql, Object... args) {
        update(table, sql, args, rows -> {});
    }

    /** True if the events were taken to be appended when the section ends; false if they are to be appended now. */
    static boolean deferEvents(List<? extends EventMessage<?>> events, EventAppender appender) {
        Pending pending = PENDING.get();
        if (pending == null) {
            return false;
        }
        pending.events(events, appender);
        return true;
    }

    /** Before the event table is read: appends the deferred events, when any of them could be read. */
    static void beforeEventRead(String aggregateIdentifier) {
        Pending pending = PENDING.get();
        if (pending != null && (aggregateIdentifier == null || pending.aggregates.contains(aggregateIdentifier))) {
            pending.flush();
        }
    }

    /** Appends events at once, bypassing the deferral. */
    @FunctionalInterface
    interface EventAppender {
        void append(List<EventMessage<?>> events);
    }

    /** What a section has deferred so far, in the order it is to be sent. */
    private final class Pending {

        private final List<Batch> batches = new ArrayList<>();
        /** The batch a table's next statement joins if it has the same SQL. */
        private final Map<String, Batch> openBatchOfTable = new HashMap<>();

        private final Set<String> aggregates = new HashSet<>();
        private final List<EventMessage<?>> events = new ArrayList<>();
        private EventAppender appender;

        void statement(String table, String sql, Object[] args, IntConsumer rows) {
            Batch open = openBatchOfTable.get(table);
            if (open == null || !open.sql.equals(sql)) {
                open = new Batch(sql);
                batches.add(open);
                openBatchOfTable.put(table, open);
            }
            open.add(args, rows);
        }

        void events(List<? extends EventMessage<?>> appended, EventAppender by) {
            appender = by;
            events.addAll(appended);
            for (EventMessage<?> event : appended) {
                if (event instanceof DomainEventMessage<?> domain) {
                    aggregates.add(domain.getAggregateIdentifier());
                }
            }
        }

        /** Sends everything deferred so far: the events first, then the statements in their order. */
        void flush() {
            if (!events.isEmpty()) {
                List<EventMessage<?>> appending = List.copyOf(events);
                events.clear();
                aggregates.clear();
                appender.append(appending);
            }
            List<Batch> sending = List.copyOf(batches);
            batches.clear();
            openBatchOfTable.clear();
            for (Batch batch : sending) {
                batch.send();
            }
        }
    }

    private final class Batch {

        private final String sql;
        private final List<Object[]> args = new ArrayList<>();
        private final List<IntConsumer> rows = new ArrayList<>();

        Batch(String sql) {
            this.sql = sql;
        }

        void add(Object[] statementArgs, IntConsumer statementRows) {
            args.add(statementArgs);
            rows.add(statementRows);
        }

        void send() {
            if (args.size() == 1) {
                rows.get(0).accept(jdbc.update(sql, args.get(0)));
                return;
            }
            int[] counts = jdbc.batchUpdate(sql, args);
            for (int i = 0; i < counts.length; i++) {
                rows.get(i).accept(counts[i]);
            }
        }
    }
}
