package org.openprocurement.platform.core.budget;

import org.openprocurement.platform.core.shared.RefusalKind;

/** Refused: the appropriation would not be available for any time, or the currency is not usable. */
public final class AvailabilityPeriodException extends BudgetLineRefusal {

    public AvailabilityPeriodException(String message) {
        super("availability-period", RefusalKind.RULE_BROKEN, message);
    }
}
