package org.openprocurement.platform.core.budget;

import org.openprocurement.platform.core.shared.RefusalKind;

/** Refused: the commitment asks for more than the budget line has available (budget first). */
public final class InsufficientFundsException extends BudgetLineRefusal {

    public InsufficientFundsException(String message) {
        super("insufficient-funds", RefusalKind.RULE_BROKEN, message);
    }
}
