package org.openprocurement.platform.core.budget.event;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** Money was appropriated to an organisation for a fiscal year, classification and purpose. */
@Revision("1")
public record BudgetLineAppropriated(
        UUID budgetLineId,
        String organisationId,
        int fiscalYear,
        String classificationCode,
        String purpose,
        BigDecimal amount,
        String currency,
        Instant availableUntil,
        Instant appropriatedAt)
        implements BudgetLineEvent {}
