package org.openprocurement.platform.core.budget.event;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** Committed money was paid out against a commitment. */
@Revision("1")
public record FundsSpent(
        UUID budgetLineId, UUID commitmentId, UUID spendingId, BigDecimal amount, String reference, Instant spentAt)
        implements BudgetLineEvent {}
