package org.openprocurement.platform.core.budget.event;

import java.util.UUID;

/** A fact in the life of one budget line. */
public sealed interface BudgetLineEvent
        permits BudgetLineAppropriated,
                FundsCommitted,
                CommitmentIncreased,
                FundsReleased,
                FundsSpent,
                BudgetLineLapsed {

    /** The budget line this fact belongs to. */
    UUID budgetLineId();
}
