package org.openprocurement.platform.core.budget.event;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** More money of the budget line was reserved under an existing commitment. */
@Revision("1")
public record CommitmentIncreased(
        UUID budgetLineId, UUID commitmentId, BigDecimal amount, String reason, Instant increasedAt)
        implements BudgetLineEvent {}
