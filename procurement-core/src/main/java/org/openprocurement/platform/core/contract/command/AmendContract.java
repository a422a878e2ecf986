package org.openprocurement.platform.core.contract.command;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Amend the signed contract, giving the rationale.
 *
 * @param newValue the contract value after the amendment, or null to keep it
 */
public record AmendContract(
        @TargetAggregateIdentifier UUID contractId,
        UUID amendmentId,
        String description,
        String rationale,
        BigDecimal newValue,
        @TargetAggregateVersion Long expectedVersion,
        Instant amendedAt) {}
