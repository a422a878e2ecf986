package org.openprocurement.platform.core.tender.command;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An upheld complaint orders the procurement to be run again: this tender ends and its money is released. */
public record OrderReprocurement(
        @TargetAggregateIdentifier UUID tenderId, UUID complaintId, String reason, Instant orderedAt) {}
