package org.openprocurement.platform.core.budget;

import org.openprocurement.platform.core.shared.RefusalKind;

/** Refused: a commitment or spending with that identifier is already on the budget line. */
public final class DuplicateIdentifierException extends BudgetLineRefusal {

    public DuplicateIdentifierException(String message) {
        super(message);
    }

    @Override
    public String code() {
        return "duplicate-identifier";
    }

    @Override
    public RefusalKind kind() {
        return RefusalKind.STATE_CONFLICT;
    }
}
