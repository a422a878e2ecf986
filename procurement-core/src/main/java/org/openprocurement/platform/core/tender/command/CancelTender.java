package org.openprocurement.platform.core.tender.command;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Cancel a tender that has not been awarded, giving the reason. */
public record CancelTender(
        @TargetAggregateIdentifier UUID tenderId,
        String reason,
        @TargetAggregateVersion Long expectedVersion,
        Instant cancelledAt) {}
