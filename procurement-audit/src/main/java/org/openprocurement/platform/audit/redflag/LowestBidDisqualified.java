package org.openprocurement.platform.audit.redflag;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.openprocurement.platform.core.method.AwardCriteria;
import org.openprocurement.platform.core.tender.event.BidDisqualified;
import org.openprocurement.platform.core.tender.event.OpenedBid;
import org.openprocurement.platform.core.tender.event.TenderDrafted;

/** Indicator 4: under lowest-price award, the lowest bid was disqualified. */
final class LowestBidDisqualified implements Indicator {

    @Override
    public String code() {
        return "lowest-bid-disqualified";
    }

    @Override
    public String title() {
        return "Lowest bid disqualified under lowest-price award";
    }

    @Override
    public String method() {
        return "The award criterion is the lowest price (TenderDrafted), at least two bids were counted at the"
                + " opening, and a counted bid at the lowest price was disqualified (BidDisqualified).";
    }

    @Override
    public String source() {
        return "Open Contracting Partnership, Red Flags for Integrity and its Cardinal library (the lowest submitted"
                + " bid is disqualified while the award criterion is price); DOZORRO risk indicators"
                + " (disqualification of the participant with the lowest price).";
    }

    @Override
    public Optional<RedFlag> assess(ProcessRecord process, RedFlagContext context) {
        var drafted = process.first(TenderDrafted.class);
        var counted = process.countedBids();
        if (drafted.isEmpty()
                || drafted.get().event().awardCriteria() != AwardCriteria.LOWEST_PRICE
                || counted.isEmpty()
                || counted.get().event().size() < 2) {
            return Optional.empty();
        }
        BigDecimal lowest = counted.get().event().stream()
                .map(OpenedBid::price)
                .min(Comparator.naturalOrder())
                .orElseThrow();
        Set<UUID> lowestBids = counted.get().event().stream()
                .filter(b -> b.price().compareTo(lowest) == 0)
                .map(OpenedBid::bidId)
                .collect(Collectors.toSet());
        List<ProcessRecord.Fact<BidDisqualified>> disqualified = process.all(BidDisqualified.class).stream()
                .filter(d -> lowestBids.contains(d.event().bidId()))
                .toList();
        if (disqualified.isEmpty()) {
            return Optional.empty();
        }
        List<String> events =
                new ArrayList<>(List.of(drafted.get().eventId(), counted.get().eventId()));
        disqualified.forEach(d -> events.add(d.eventId()));
        return flag(
                "The lowest bid (" + lowest.toPlainString() + ") was disqualified: "
                        + disqualified.get(0).event().reason(),
                events);
    }
}
