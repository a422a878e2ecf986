package org.openprocurement.platform.api.infrastructure;

import java.time.Instant;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/** Reads an aggregate's recorded events, for replays that rebuild past states. */
@Component
public class RecordedEvents {

    private final EventStore events;

    RecordedEvents(EventStore events) {
        this.events = events;
    }

    /** The aggregate's events recorded at or before {@code upTo}, in order. */
    public List<DomainEventMessage<?>> of(String aggregateIdentifier, Instant upTo) {
        return events.readEvents(aggregateIdentifier)
                .asStream()
                .filter(event -> !event.getTimestamp().isAfter(upTo))
                .<DomainEventMessage<?>>map(event -> event)
                .toList();
    }
}
