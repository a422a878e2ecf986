package org.openprocurement.platform.api.budget;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A budget line with its balances: appropriated = available + committed + spent + lapsed.
 *
 * @param status OPEN while money can be committed, LAPSED once its availability ended
 * @param version the line's aggregate version, also sent as the ETag
 */
public record BudgetLineResponse(
        UUID id,
        String organisationId,
        int fiscalYear,
        String classificationCode,
        String purpose,
        String currency,
        BigDecimal appropriated,
        BigDecimal committed,
        BigDecimal spent,
        BigDecimal lapsed,
        BigDecimal available,
        Instant availableUntil,
        String status,
        long version,
        Instant appropriatedAt,
        List<CommitmentResponse> commitments) {}
