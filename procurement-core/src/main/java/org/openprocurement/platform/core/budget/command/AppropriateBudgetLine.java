package org.openprocurement.platform.core.budget.command;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** Finance appropriates money to an organisation for one fiscal year, classification and purpose. */
public record AppropriateBudgetLine(
        UUID budgetLineId,
        String organisationId,
        int fiscalYear,
        String classificationCode,
        String purpose,
        BigDecimal amount,
        String currency,
        Instant availableUntil,
        Instant appropriatedAt) {}
