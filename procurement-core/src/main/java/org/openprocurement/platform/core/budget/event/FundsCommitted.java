package org.openprocurement.platform.core.budget.event;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** Money on a budget line was reserved for a named purpose. */
@Revision("1")
public record FundsCommitted(
        UUID budgetLineId, UUID commitmentId, String purpose, BigDecimal amount, Instant committedAt)
        implements BudgetLineEvent {}
