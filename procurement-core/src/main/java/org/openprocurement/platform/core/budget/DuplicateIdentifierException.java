package org.openprocurement.platform.core.budget;

import org.openprocurement.platform.core.shared.RefusalKind;

/** Refused: a commitment or spending with that identifier is already on the budget line. */
public final class DuplicateIdentifierException extends BudgetLineRefusal {

    public DuplicateIdentifierException(String message) {
        super("duplicate-identifier", RefusalKind.STATE_CONFLICT, message);
    }
}
