package org.openprocurement.platform.core.contract.command;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Record that buyer and supplier signed the contract.
 *
 * @param pendingAppeals challenges and complaints about the tender still neither answered nor decided
 * @param advancePercent the advance payment the signed contract allows, in percent of its value; 0 for none
 */
public record SignContract(
        @TargetAggregateIdentifier UUID contractId,
        int pendingAppeals,
        int advancePercent,
        @TargetAggregateVersion Long expectedVersion,
        Instant signedAt) {}
