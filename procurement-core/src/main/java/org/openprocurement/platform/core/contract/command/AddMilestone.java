package org.openprocurement.platform.core.contract.command;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.openprocurement.platform.core.contract.MilestoneType;

/** Schedule a delivery, acceptance or payment milestone; a payment milestone may name its amount. */
public record AddMilestone(
        @TargetAggregateIdentifier UUID contractId,
        UUID milestoneId,
        MilestoneType type,
        String title,
        LocalDate dueDate,
        BigDecimal amount,
        @TargetAggregateVersion Long expectedVersion,
        Instant addedAt) {}
