package org.openprocurement.platform.audit.redflag;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.openprocurement.platform.core.tender.event.TenderAwarded;
import org.openprocurement.platform.core.tender.event.TenderDrafted;

/** Indicator 6: the award is 30% or more below the estimated value. */
final class AwardFarBelowEstimate implements Indicator {

    /** The award may be at most this share of the estimate before the flag is raised. */
    static final BigDecimal SHARE = new BigDecimal("0.70");

    @Override
    public String code() {
        return "award-far-below-estimate";
    }

    @Override
    public String title() {
        return "Award 30% or more below the estimate";
    }

    @Override
    public String method() {
        return "The awarded value (TenderAwarded) is at most 70% of the estimated value drafted (TenderDrafted):"
                + " an estimate that was inflated, or a price too low to deliver at that invites later raises.";
    }

    @Override
    public String source() {
        return "Open Contracting Partnership, Red Flags for Integrity (winning bid very different from the"
                + " estimate); DOZORRO risk indicators (abnormally low price); EU Directive 2014/24 art. 69"
                + " (abnormally low tenders).";
    }

    @Override
    public Optional<RedFlag> assess(ProcessRecord process, RedFlagContext context) {
        var drafted = process.first(TenderDrafted.class);
        var award = process.first(TenderAwarded.class);
        if (drafted.isEmpty()
                || award.isEmpty()
                || drafted.get().event().estimatedValue().signum() <= 0) {
            return Optional.empty();
        }
        BigDecimal estimate = drafted.get().event().estimatedValue();
        BigDecimal value = award.get().event().value();
        if (value.compareTo(estimate.multiply(SHARE)) > 0) {
            return Optional.empty();
        }
        BigDecimal below = BigDecimal.ONE
                .subtract(value.divide(estimate, 4, RoundingMode.HALF_EVEN))
                .movePointRight(2)
                .setScale(1, RoundingMode.HALF_EVEN);
        return flag(
                "Awarded at " + value.toPlainString() + " against an estimate of " + estimate.toPlainString() + ": "
                        + below.toPlainString() + "% below.",
                List.of(drafted.get().eventId(), award.get().eventId()));
    }
}
