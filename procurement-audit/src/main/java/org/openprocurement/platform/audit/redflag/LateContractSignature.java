package org.openprocurement.platform.audit.redflag;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.openprocurement.platform.core.tender.event.TenderAwarded;

/** Indicator 7: the contract was signed more than 30 days after the award. */
final class LateContractSignature implements Indicator {

    static final Duration LIMIT = Duration.ofDays(30);

    private final ContractEvents contracts;

    LateContractSignature(ContractEvents contracts) {
        this.contracts = contracts;
    }

    @Override
    public String code() {
        return "late-contract-signature";
    }

    @Override
    public String title() {
        return "Contract signed more than 30 days after the award";
    }

    @Override
    public String method() {
        return "The time from the award (TenderAwarded) to the contract's signature exceeds 30 days.";
    }

    @Override
    public String source() {
        return "Government Procurement Law art. 46 (the contract is signed within 30 days of the award notice);"
                + " Open Contracting Partnership, Red Flags for Integrity (long delay between award and"
                + " contract signature); Fazekas and Kocsis (length of the decision period).";
    }

    @Override
    public Optional<RedFlag> assess(ProcessRecord process, RedFlagContext context) {
        var award = process.first(TenderAwarded.class);
        if (award.isEmpty()) {
            return Optional.empty();
        }
        for (Recorded recorded : process.events()) {
            Optional<Instant> signed = contracts.signedAt(recorded.event());
            if (signed.isPresent()) {
                Duration delay = Duration.between(award.get().event().awardedAt(), signed.get());
                if (delay.compareTo(LIMIT) <= 0) {
                    return Optional.empty();
                }
                return flag(
                        "The contract was signed " + delay.toDays() + " days after the award.",
                        List.of(award.get().eventId(), recorded.eventId()));
            }
        }
        return Optional.empty();
    }
}
