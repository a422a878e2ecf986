package org.openprocurement.platform.core.contract.command;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Record that a milestone of the signed contract was met, with notes. */
public record MeetMilestone(
        @TargetAggregateIdentifier UUID contractId,
        UUID milestoneId,
        String notes,
        @TargetAggregateVersion Long expectedVersion,
        Instant metAt) {}
