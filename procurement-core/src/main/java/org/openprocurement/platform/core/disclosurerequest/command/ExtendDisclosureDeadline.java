package org.openprocurement.platform.core.disclosurerequest.command;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The responsible agency extends the time to answer a disclosure request, once, giving the reason. */
public record ExtendDisclosureDeadline(
        @TargetAggregateIdentifier UUID requestId,
        String reason,
        @TargetAggregateVersion Long expectedVersion,
        Instant extendedAt) {}
