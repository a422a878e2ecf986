package org.openprocurement.platform.core.tender.command;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The finance department suspends the procurement for some days while it handles a complaint. */
public record SuspendProcurement(
        @TargetAggregateIdentifier UUID tenderId, UUID complaintId, int days, String reason, Instant suspendedAt) {}
