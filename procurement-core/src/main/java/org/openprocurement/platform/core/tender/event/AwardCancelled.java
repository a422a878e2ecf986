package org.openprocurement.platform.core.tender.event;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * An upheld complaint made the award void; the awarded bid is excluded and evaluation resumes with the bids
 * left. {@code nextValue} is the price of the bid that now ranks first within the budget, or null when none
 * can be awarded.
 */
@Revision("1")
public record AwardCancelled(
        UUID tenderId,
        UUID awardId,
        UUID bidId,
        String supplierId,
        UUID complaintId,
        String reason,
        BigDecimal nextValue,
        Instant cancelledAt)
        implements TenderEvent {}
