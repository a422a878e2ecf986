package org.openprocurement.platform.core.contract.command;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * End the contract before completion, or withdraw it before signature when its award is cancelled; answers
 * the amount released.
 */
public record TerminateContract(
        @TargetAggregateIdentifier UUID contractId,
        String reason,
        @TargetAggregateVersion Long expectedVersion,
        Instant terminatedAt) {}
