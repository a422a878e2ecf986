package org.openprocurement.platform.core.budget.event;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * The appropriation's availability ended: money not yet committed lapsed and can no longer be committed;
 * existing commitments may still be spent.
 */
@Revision("1")
public record BudgetLineLapsed(UUID budgetLineId, BigDecimal lapsedAmount, Instant lapsedAt)
        implements BudgetLineEvent {}
