package org.openprocurement.platform.audit.redflag;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.openprocurement.platform.core.tender.event.TenderAwarded;

/** Indicator 9: the same supplier keeps winning at one buying organisation. */
final class RepeatWinner implements Indicator {

    @Override
    public String code() {
        return "repeat-winner";
    }

    @Override
    public String title() {
        return "The same supplier winning repeatedly at one agency";
    }

    @Override
    public String method() {
        return "Counting this award (TenderAwarded), the winner has won at least the configured number of awards"
                + " (procurement.red-flags.repeat-winner.awards, 3 by default) from the same buyer (TenderDrafted)"
                + " within the configured period ending at this award (procurement.red-flags.repeat-winner.period,"
                + " 365 days); later awards never change an earlier process's flags.";
    }

    @Override
    public String source() {
        return "Fazekas and Kocsis, buyer dependence on one supplier (supplier share of the buyer's contracts); Open"
                + " Contracting Partnership, Red Flags for Integrity (same supplier wins repeatedly); EU ARACHNE"
                + " (concentration of contracts).";
    }

    @Override
    public Optional<RedFlag> assess(ProcessRecord process, RedFlagContext context) {
        var award = process.first(TenderAwarded.class);
        var buyer = process.buyerId();
        if (award.isEmpty() || buyer.isEmpty()) {
            return Optional.empty();
        }
        String supplier = award.get().event().supplierId();
        Instant until = award.get().event().awardedAt();
        Instant from = until.minus(context.settings().repeatWinnerPeriod());
        List<ProcessRecord.Fact<TenderAwarded>> wins = context.buyerProcesses().stream()
                .filter(p -> p.buyerId().equals(buyer))
                .flatMap(p -> p.first(TenderAwarded.class).stream())
                .filter(a -> a.event().supplierId().equals(supplier))
                .filter(a -> a.event().awardedAt().isAfter(from)
                        && !a.event().awardedAt().isAfter(until))
                .sorted(Comparator.comparing((ProcessRecord.Fact<TenderAwarded> a) ->
                                a.event().awardedAt())
                        .thenComparing(ProcessRecord.Fact::eventId))
                .toList();
        if (wins.size() < context.settings().repeatWinnerAwards()) {
            return Optional.empty();
        }
        return flag(
                supplier + " won " + wins.size() + " awards from " + buyer.get() + " within "
                        + context.settings().repeatWinnerPeriod().toDays() + " days up to this one.",
                wins.stream().map(ProcessRecord.Fact::eventId).toList());
    }
}
