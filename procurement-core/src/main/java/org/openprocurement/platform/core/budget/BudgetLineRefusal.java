package org.openprocurement.platform.core.budget;

import org.openprocurement.platform.core.shared.DomainRefusal;

/** Every way a budget line can refuse a command. */
public abstract sealed class BudgetLineRefusal extends DomainRefusal
        permits InsufficientFundsException,
                BudgetLineLapsedException,
                UnknownCommitmentException,
                CommitmentExceededException,
                DuplicateIdentifierException,
                InvalidAmountException,
                AvailabilityPeriodException {

    protected BudgetLineRefusal(String message) {
        super(message);
    }
}
