package org.openprocurement.platform.api.tender;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** The award of a tender; no contract is signed before {@code standstillEndsAt}. */
public record AwardResponse(
        UUID id,
        UUID tenderId,
        UUID bidId,
        String supplierId,
        BigDecimal value,
        Instant standstillEndsAt,
        Instant awardedAt) {}
