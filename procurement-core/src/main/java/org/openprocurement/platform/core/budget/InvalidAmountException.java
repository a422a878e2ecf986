package org.openprocurement.platform.core.budget;

import org.openprocurement.platform.core.shared.RefusalKind;

/** Refused: the amount is not positive, or has more decimals than the currency's minor unit. */
public final class InvalidAmountException extends BudgetLineRefusal {

    public InvalidAmountException(String message) {
        super("invalid-amount", RefusalKind.RULE_BROKEN, message);
    }
}
