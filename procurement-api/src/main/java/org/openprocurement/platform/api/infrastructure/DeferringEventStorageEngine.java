package org.openprocurement.platform.api.infrastructure;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;

/**
 * Axon's JDBC storage engine, whose appends inside a {@link DeferredWrites#deferring} section wait for the
 * section's end, when the events of all its commands go to the event table in one JDBC batch. A read of an
 * aggregate's events first appends what is deferred, if any of it belongs to that aggregate, and a read of the
 * whole stream first appends everything deferred, so no read misses an event of its own section. Snapshots are
 * never deferred, and Axon reads one before every aggregate it loads from the store, so reading one sends
 * nothing.
 * A duplicate sequence number found at the end fails the section as it would have failed the command.
 */
final class DeferringEventStorageEngine extends JdbcEventStorageEngine {

    DeferringEventStorageEngine(Builder builder) {
        super(builder);
    }

    @Override
    public void appendEvents(List<? extends EventMessage<?>> events) {
        if (events.isEmpty() || !DeferredWrites.deferEvents(events, super::appendEvents)) {
            super.appendEvents(events);
        }
    }

    @Override
    public DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
        DeferredWrites.beforeEventRead(aggregateIdentifier);
        return super.readEvents(aggregateIdentifier, firstSequenceNumber);
    }

    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        DeferredWrites.beforeEventRead(aggregateIdentifier);
        return super.lastSequenceNumberFor(aggregateIdentifier);
    }

    @Override
    public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock) {
        DeferredWrites.beforeEventRead(null);
        return super.readEvents(trackingToken, mayBlock);
    }
}
