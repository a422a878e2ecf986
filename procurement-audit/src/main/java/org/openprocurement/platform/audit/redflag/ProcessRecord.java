package org.openprocurement.platform.audit.redflag;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openprocurement.platform.core.tender.event.BidsOpened;
import org.openprocurement.platform.core.tender.event.OpenedBid;
import org.openprocurement.platform.core.tender.event.TenderAmended;
import org.openprocurement.platform.core.tender.event.TenderDrafted;
import org.openprocurement.platform.core.tender.event.TenderPublished;

/**
 * The recorded events of one procurement process, in the order the log holds them.
 *
 * @param processId the tender
 * @param events its events, oldest first
 */
public record ProcessRecord(UUID processId, List<Recorded> events) {

    public ProcessRecord {
        events = List.copyOf(events);
    }

    /** The first recorded event of this type. */
    public <E> Optional<Fact<E>> first(Class<E> type) {
        return all(type).stream().findFirst();
    }

    /** The last recorded event of this type. */
    public <E> Optional<Fact<E>> last(Class<E> type) {
        List<Fact<E>> all = all(type);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /** Every recorded event of this type, oldest first. */
    public <E> List<Fact<E>> all(Class<E> type) {
        return events.stream()
                .filter(r -> type.isInstance(r.event()))
                .map(r -> new Fact<>(r.eventId(), type.cast(r.event())))
                .toList();
    }

    /** The organisation that buys, as drafted. */
    public Optional<String> buyerId() {
        return first(TenderDrafted.class).map(d -> d.event().buyerId());
    }

    /** The bids that took part at the opening: those counted, with the event that opened them. */
    Optional<Fact<List<OpenedBid>>> countedBids() {
        return first(BidsOpened.class)
                .map(o -> new Fact<>(
                        o.eventId(),
                        o.event().bids().stream().filter(OpenedBid::counted).toList()));
    }

    /** The bid deadline in force at the end: the last amendment's, else the published one. */
    Optional<Fact<Instant>> finalDeadline() {
        Optional<Fact<TenderAmended>> amended = last(TenderAmended.class);
        if (amended.isPresent()) {
            return Optional.of(
                    new Fact<>(amended.get().eventId(), amended.get().event().tenderPeriodEnd()));
        }
        return first(TenderPublished.class)
                .map(p -> new Fact<>(p.eventId(), p.event().tenderPeriodEnd()));
    }

    /**
     * A recorded event typed, with its identifier.
     *
     * @param eventId the event's identifier in the store
     * @param event the event or a value read from it
     */
    public record Fact<E>(String eventId, E event) {}
}
