package org.openprocurement.platform.audit.redflag;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.openprocurement.platform.core.tender.event.BidDisqualified;
import org.openprocurement.platform.core.tender.event.OpenedBid;
import org.openprocurement.platform.core.tender.event.TenderAwarded;

/** Indicator 3: every bid but the winner's was disqualified. */
final class AllButWinnerDisqualified implements Indicator {

    @Override
    public String code() {
        return "all-but-winner-disqualified";
    }

    @Override
    public String title() {
        return "Every bid but the winner's disqualified";
    }

    @Override
    public String method() {
        return "The tender was awarded (TenderAwarded), at least two bids were counted at the opening, and every"
                + " counted bid other than the winning one was disqualified (BidDisqualified).";
    }

    @Override
    public String source() {
        return "Open Contracting Partnership, Red Flags for Integrity and its Cardinal library (bids disqualified if"
                + " not submitted by the single award winner); DOZORRO risk indicators (disqualification of every"
                + " other participant).";
    }

    @Override
    public Optional<RedFlag> assess(ProcessRecord process, RedFlagContext context) {
        var award = process.first(TenderAwarded.class);
        var counted = process.countedBids();
        if (award.isEmpty() || counted.isEmpty() || counted.get().event().size() < 2) {
            return Optional.empty();
        }
        UUID winner = award.get().event().bidId();
        Set<UUID> others = counted.get().event().stream()
                .map(OpenedBid::bidId)
                .filter(id -> !id.equals(winner))
                .collect(Collectors.toSet());
        List<ProcessRecord.Fact<BidDisqualified>> disqualified = process.all(BidDisqualified.class).stream()
                .filter(d -> others.contains(d.event().bidId()))
                .toList();
        Set<UUID> out = disqualified.stream().map(d -> d.event().bidId()).collect(Collectors.toSet());
        if (!out.containsAll(others)) {
            return Optional.empty();
        }
        List<String> events = new ArrayList<>();
        events.add(counted.get().eventId());
        disqualified.forEach(d -> events.add(d.eventId()));
        events.add(award.get().eventId());
        return flag(
                "All " + others.size() + " other counted bids were disqualified; the award went to the only bid left.",
                events);
    }
}
