package org.openprocurement.platform.core.budget.event;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** Unspent money of a commitment went back to the budget line's available balance. */
@Revision("1")
public record FundsReleased(UUID budgetLineId, UUID commitmentId, BigDecimal amount, String reason, Instant releasedAt)
        implements BudgetLineEvent {}
