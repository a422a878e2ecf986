package org.openprocurement.platform.audit.redflag;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openprocurement.platform.core.tender.event.TenderAwarded;

/** Indicator 8: contract amendments raised the contract's value. */
final class ValueRaisingAmendment implements Indicator {

    private final ContractEvents contracts;

    ValueRaisingAmendment(ContractEvents contracts) {
        this.contracts = contracts;
    }

    @Override
    public String code() {
        return "value-raising-amendment";
    }

    @Override
    public String title() {
        return "Contract amendments raising the value";
    }

    @Override
    public String method() {
        return "At least one amendment of the awarded contract records a value after it above the value before;"
                + " the detail gives the sum of the raises against the awarded value (TenderAwarded).";
    }

    @Override
    public String source() {
        return "Open Contracting Partnership, Red Flags for Integrity (contract amendments increasing the value);"
                + " EU ARACHNE (contract value changes); Government Procurement Law art. 49 (additional"
                + " purchases up to 10% of the contract value).";
    }

    @Override
    public Optional<RedFlag> assess(ProcessRecord process, RedFlagContext context) {
        var award = process.first(TenderAwarded.class);
        if (award.isEmpty()) {
            return Optional.empty();
        }
        List<String> events = new ArrayList<>(List.of(award.get().eventId()));
        BigDecimal raised = BigDecimal.ZERO;
        for (Recorded recorded : process.events()) {
            Optional<ContractEvents.ValueChange> change = contracts.valueChange(recorded.event());
            if (change.isPresent()
                    && change.get().after().compareTo(change.get().before()) > 0) {
                raised = raised.add(change.get().after().subtract(change.get().before()));
                events.add(recorded.eventId());
            }
        }
        if (events.size() == 1) {
            return Optional.empty();
        }
        BigDecimal awarded = award.get().event().value();
        String share = awarded.signum() == 0
                ? ""
                : " ("
                        + raised.movePointRight(2)
                                .divide(awarded, 1, RoundingMode.HALF_EVEN)
                                .toPlainString() + "% of the awarded value)";
        return flag(
                (events.size() - 1) + " amendment(s) raised the contract value by " + raised.toPlainString() + share
                        + ".",
                events);
    }
}
