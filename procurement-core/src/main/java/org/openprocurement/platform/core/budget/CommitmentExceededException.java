package org.openprocurement.platform.core.budget;

import org.openprocurement.platform.core.shared.RefusalKind;

/** Refused: the release or spending is larger than what remains of the commitment. */
public final class CommitmentExceededException extends BudgetLineRefusal {

    public CommitmentExceededException(String message) {
        super("commitment-exceeded", RefusalKind.RULE_BROKEN, message);
    }
}
