package org.openprocurement.platform.api.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import org.openprocurement.platform.api.support.HttpTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes deferred in a group-commit section reach PostgreSQL at its end, in their order per table, with their
 * row counts checked, and no read of an aggregate's events misses one of the section's own. Every test runs in
 * a transaction it rolls back, on a temporary table, so the shared database keeps nothing of it.
 */
class DeferredWritesTest extends HttpTest {

    private static final String PROBE = "deferred_probe";

    @Autowired
    private DeferredWrites writes;

    @Autowired
    private TransactionTemplate transactions;

    @Autowired
    private EventStorageEngine events;

    @Test
    void outsideASectionAWriteRunsAtOnceAndReportsItsRows() {
        inRolledBackTransaction(status -> {
            List<Integer> rows = new ArrayList<>();
            writes.update(PROBE, "INSERT INTO deferred_probe VALUES (1, 'a')", new Object[0], rows::add);

            assertThat(rows).containsExactly(1);
            assertThat(probe()).containsExactly("1=a");
        });
    }

    @Test
    void insideASectionWritesWaitForItsEndAndKeepTheirOrderOnATable() {
        inRolledBackTransaction(status -> {
            List<Integer> rows = new ArrayList<>();
            writes.deferring(() -> {
                insert(1, "first", rows);
                insert(2, "first", rows);
                // A different statement on the same table in between, then the first statement again: sent in
                // three batches, in this order, so the update sees the rows before it and not the one after.
                writes.update(PROBE, "UPDATE deferred_probe SET v = v || '+updated'", new Object[0], rows::add);
                insert(3, "later", rows);
                assertThat(probe()).as("nothing sent before the section ends").isEmpty();
                return null;
            });

            assertThat(rows).containsExactly(1, 1, 2, 1);
            assertThat(probe()).containsExactly("1=first+updated", "2=first+updated", "3=later");
        });
    }

    @Test
    void aRowCountItsWriterRefusesFailsTheSectionAtItsEnd() {
        inRolledBackTransaction(status -> {
            writes.update(PROBE, "INSERT INTO deferred_probe VALUES (1, 'kept before')", new Object[0], rows -> {});

            assertThatThrownBy(() -> writes.deferring(() -> {
                        writes.update(
                                PROBE,
                                "INSERT INTO deferred_probe VALUES (?, ?) ON CONFLICT DO NOTHING",
                                new Object[] {1, "taken"},
                                rows -> {
                                    if (rows != 1) {
                                        throw new IllegalStateException("key taken");
                                    }
                                });
                        return null;
                    }))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("key taken");
        });
    }

    @Test
    void aSectionsOwnEventsAreReadBackBeforeTheyAreSentAndAllAreStoredAtItsEnd() {
        String aggregate = "deferred-" + UUID.randomUUID();
        String other = "deferred-" + UUID.randomUUID();
        inRolledBackTransaction(status -> {
            writes.deferring(() -> {
                events.appendEvents(event(other, 0));
                events.appendEvents(event(aggregate, 0));
                // What Axon reads to load another aggregate: a snapshot of it, then its events.
                assertThat(events.readSnapshot(aggregate)).isEmpty();
                assertThat(events.readEvents("deferred-" + UUID.randomUUID()).asStream())
                        .isEmpty();
                assertThat(stored(aggregate) + stored(other))
                        .as("not sent while nothing reads them")
                        .isZero();
                assertThat(events.readEvents(aggregate).asStream())
                        .as("a read of the aggregate sends its deferred events first")
                        .hasSize(1);
                events.appendEvents(event(aggregate, 1));
                return null;
            });

            assertThat(stored(aggregate)).isEqualTo(2);
            assertThat(stored(other)).isEqualTo(1);
        });
    }

    @Test
    void aDuplicateSequenceNumberFailsTheSectionAtItsEnd() {
        String aggregate = "deferred-" + UUID.randomUUID();
        inRolledBackTransaction(status -> {
            events.appendEvents(event(aggregate, 0));

            assertThatThrownBy(() -> writes.deferring(() -> {
                        events.appendEvents(event(UUID.randomUUID().toString(), 0));
                        // Appended on stale state: the section's end finds sequence 0 taken.
                        events.appendEvents(new GenericDomainEventMessage<>("Probe", aggregate, 0, new Probe("stale")));
                        return null;
                    }))
                    // Axon names the batch's first event, not necessarily the one that collided.
                    .isInstanceOfAny(ConcurrencyException.class, AggregateStreamCreationException.class);
        });
    }

    @Test
    void aSectionNeedsATransaction() {
        assertThatThrownBy(() -> writes.deferring(() -> null)).isInstanceOf(IllegalStateException.class);
    }

    /** The payload of the probe events; never committed. */
    record Probe(String text) {}

    private static GenericDomainEventMessage<Probe> event(String aggregate, long sequence) {
        return new GenericDomainEventMessage<>("Probe", aggregate, sequence, new Probe("probe " + sequence));
    }

    private void insert(int id, String value, List<Integer> rows) {
        writes.update(PROBE, "INSERT INTO deferred_probe VALUES (?, ?)", new Object[] {id, value}, rows::add);
    }

    private List<String> probe() {
        return jdbc.queryForList("SELECT id || '=' || v FROM deferred_probe ORDER BY id", String.class);
    }

    private long stored(String aggregate) {
        return eventsOf(aggregate);
    }

    private void inRolledBackTransaction(Consumer<TransactionStatus> test) {
        transactions.executeWithoutResult(status -> {
            jdbc.execute("CREATE TEMPORARY TABLE deferred_probe (id int PRIMARY KEY, v text) ON COMMIT DROP");
            try {
                test.accept(status);
            } finally {
                status.setRollbackOnly();
            }
        });
    }
}
