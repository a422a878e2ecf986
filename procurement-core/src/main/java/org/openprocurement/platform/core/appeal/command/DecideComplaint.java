package org.openprocurement.platform.core.appeal.command;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.openprocurement.platform.core.appeal.ComplaintOutcome;

/** The finance department decides a complaint in writing, with its reasoning. */
public record DecideComplaint(
        @TargetAggregateIdentifier UUID complaintId, ComplaintOutcome outcome, String reasoning, Instant decidedAt) {}
