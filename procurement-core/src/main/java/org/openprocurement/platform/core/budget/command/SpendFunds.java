package org.openprocurement.platform.core.budget.command;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Record that committed money was paid out, citing the payment reference. */
public record SpendFunds(
        @TargetAggregateIdentifier UUID budgetLineId,
        UUID commitmentId,
        UUID spendingId,
        BigDecimal amount,
        String reference,
        @TargetAggregateVersion Long expectedVersion,
        Instant spentAt) {}
