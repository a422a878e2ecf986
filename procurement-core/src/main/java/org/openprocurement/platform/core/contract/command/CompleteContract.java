package org.openprocurement.platform.core.contract.command;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Declare the signed contract complete once every milestone is met; answers the amount released. */
public record CompleteContract(
        @TargetAggregateIdentifier UUID contractId,
        String notes,
        @TargetAggregateVersion Long expectedVersion,
        Instant completedAt) {}
