package org.openprocurement.platform.core.budget;

import org.openprocurement.platform.core.shared.RefusalKind;

/** Refused: the budget line has no commitment with that identifier. */
public final class UnknownCommitmentException extends BudgetLineRefusal {

    public UnknownCommitmentException(String message) {
        super("unknown-commitment", RefusalKind.NOT_FOUND, message);
    }
}
