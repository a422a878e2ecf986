package org.openprocurement.platform.core.contract.command;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.openprocurement.platform.core.method.ProcurementMethod;

/** Open the contract of an award, in the award's own transaction, for the awarded supplier and value. */
public record CreateContract(
        UUID contractId,
        UUID tenderId,
        UUID awardId,
        String buyerId,
        String procuringEntityId,
        String supplierId,
        ProcurementMethod method,
        BigDecimal value,
        String currency,
        UUID budgetLineId,
        UUID commitmentId,
        Instant standstillEndsAt,
        Instant awardedAt) {}
