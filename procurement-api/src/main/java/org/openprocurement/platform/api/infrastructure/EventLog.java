package org.openprocurement.platform.api.infrastructure;

import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/** Reads every recorded event of an aggregate from the event store, from its first, never from a snapshot. */
@Component
public class EventLog {

    private final EventStore events;

    EventLog(EventStore events) {
        this.events = events;
    }

    /** The aggregate's events in the order recorded, upcast to their current revision. */
    public List<DomainEventMessage<?>> of(String aggregateIdentifier) {
        return events.readEvents(aggregateIdentifier, 0)
                .asStream()
                .<DomainEventMessage<?>>map(event -> event)
                .toList();
    }
}
