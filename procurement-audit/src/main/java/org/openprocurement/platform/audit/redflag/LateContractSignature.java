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
        return "The time from the award (TenderAwarded, the latest before the signature) to the contract's signature"
                + " exceeds 30 days.";
    }

    @Override
    public String source() {
        return "Government Procurement Law art. 46 (the contract is signed within 30 days of the award notice);"
                + " Open Contracting Partnership, Red Flags for Integrity (long delay between award and"
                + " contract signature); Fazekas and Kocsis (length of the decision period).";
    }

    @Override
    public Optional<RedFlag> assess(ProcessRecord process, RedFlagContext context) {
        // Measured from the award the signed contract belongs to: after an upheld complaint cancels an award,
        // the next award starts a new signature period.
        ProcessRecord.Fact<TenderAwarded> award = null;
        for (Recorded recorded : process.events()) {
            if (recorded.event() instanceof TenderAwarded awarded) {
                award = new ProcessRecord.Fact<>(recorded.eventId(), awarded);
                continue;
            }
            Optional<Instant> signed = contracts.signedAt(recorded.event());
            if (signed.isPresent() && award != null) {
                Duration delay = Duration.between(award.event().awardedAt(), signed.get());
                if (delay.compareTo(LIMIT) <= 0) {
                    return Optional.empty();
                }
                return flag(
                        "The contract was signed " + delay.toDays() + " days after the award.",
                        List.of(award.eventId(), recorded.eventId()));
            }
        }
        return Optional.empty();
    }
}
