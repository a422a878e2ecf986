package org.openprocurement.platform.core.budget.command;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Reserve money on a budget line for a named purpose, so it can no longer be promised elsewhere. */
public record CommitFunds(
        @TargetAggregateIdentifier UUID budgetLineId,
        UUID commitmentId,
        String purpose,
        BigDecimal amount,
        @TargetAggregateVersion Long expectedVersion,
        Instant committedAt) {}
