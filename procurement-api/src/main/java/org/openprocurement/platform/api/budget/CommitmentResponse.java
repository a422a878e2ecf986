package org.openprocurement.platform.api.budget;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * Money reserved on a budget line for one purpose; outstanding = amount - released - spent.
 */
public record CommitmentResponse(
        UUID id,
        String purpose,
        BigDecimal amount,
        BigDecimal released,
        BigDecimal spent,
        BigDecimal outstanding,
        Instant committedAt) {}
