package org.openprocurement.platform.core.tender.command;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The suspension ordered for a complaint ends because the complaint is decided. */
public record ResumeProcurement(
        @TargetAggregateIdentifier UUID tenderId, UUID complaintId, String reason, Instant resumedAt) {}
