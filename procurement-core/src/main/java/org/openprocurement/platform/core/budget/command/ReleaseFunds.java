package org.openprocurement.platform.core.budget.command;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Return part or all of a commitment's unspent money to the budget line, with a reason. */
public record ReleaseFunds(
        @TargetAggregateIdentifier UUID budgetLineId,
        UUID commitmentId,
        BigDecimal amount,
        String reason,
        @TargetAggregateVersion Long expectedVersion,
        Instant releasedAt) {}
