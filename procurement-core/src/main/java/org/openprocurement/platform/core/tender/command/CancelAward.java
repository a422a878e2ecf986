package org.openprocurement.platform.core.tender.command;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * An upheld complaint voids the award; the next-ranked qualified bid may be awarded instead.
 *
 * @param budgetForAward what the budget line has available plus what this tender still has committed on it
 */
public record CancelAward(
        @TargetAggregateIdentifier UUID tenderId,
        UUID complaintId,
        String reason,
        BigDecimal budgetForAward,
        Instant cancelledAt) {}
