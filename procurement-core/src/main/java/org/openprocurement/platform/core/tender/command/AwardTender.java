package org.openprocurement.platform.core.tender.command;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * The purchasing agency awards the tender to the named bid, which must rank first.
 *
 * @param budgetForAward what the budget line has available plus what this tender still has committed on it
 */
public record AwardTender(
        @TargetAggregateIdentifier UUID tenderId,
        UUID awardId,
        UUID bidId,
        BigDecimal budgetForAward,
        @TargetAggregateVersion Long expectedVersion,
        Instant awardedAt) {}
