package org.openprocurement.platform.core.tender.command;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * The purchasing agency changes the published tender documents.
 *
 * @param tenderPeriodEnd a new deadline, or null to keep the current one (it may still move out by rule)
 */
public record AmendTender(
        @TargetAggregateIdentifier UUID tenderId,
        String description,
        String rationale,
        Instant tenderPeriodEnd,
        @TargetAggregateVersion Long expectedVersion,
        Instant amendedAt) {}
