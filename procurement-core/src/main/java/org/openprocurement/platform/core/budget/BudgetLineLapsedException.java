package org.openprocurement.platform.core.budget;

import org.openprocurement.platform.core.shared.RefusalKind;

/** Refused: the budget line's availability has ended, so nothing more can be committed on it. */
public final class BudgetLineLapsedException extends BudgetLineRefusal {

    public BudgetLineLapsedException(String message) {
        super("budget-line-lapsed", RefusalKind.STATE_CONFLICT, message);
    }
}
