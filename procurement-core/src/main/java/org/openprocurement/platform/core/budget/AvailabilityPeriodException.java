package org.openprocurement.platform.core.budget;

import org.openprocurement.platform.core.shared.RefusalKind;

/** Refused: the appropriation would not be available for any time, or the currency is not usable. */
public final class AvailabilityPeriodException extends BudgetLineRefusal {

    public AvailabilityPeriodException(String message) {
        super(message);
    }

    @Override
    public String code() {
        return "availability-period";
    }

    @Override
    public RefusalKind kind() {
        return RefusalKind.RULE_BROKEN;
    }
}
