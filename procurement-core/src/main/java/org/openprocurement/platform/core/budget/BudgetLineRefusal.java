package org.openprocurement.platform.core.budget;

import org.openprocurement.platform.core.shared.DomainRefusal;
import org.openprocurement.platform.core.shared.RefusalKind;

/** Every way a budget line can refuse a command. */
public abstract sealed class BudgetLineRefusal extends DomainRefusal
        permits InsufficientFundsException,
                BudgetLineLapsedException,
                UnknownCommitmentException,
                CommitmentExceededException,
                DuplicateIdentifierException,
                InvalidAmountException,
                AvailabilityPeriodException {

    protected BudgetLineRefusal(String code, RefusalKind kind, String message) {
        super(code, kind, message);
    }
}
