package org.openprocurement.platform.core.budget.command;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Reserve more money under an existing commitment, for example when an award exceeds the estimate. */
public record IncreaseCommitment(
        @TargetAggregateIdentifier UUID budgetLineId,
        UUID commitmentId,
        BigDecimal amount,
        String reason,
        Instant increasedAt) {}
