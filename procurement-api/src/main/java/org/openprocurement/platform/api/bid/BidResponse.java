package org.openprocurement.platform.api.bid;

import java.time.Instant;
import java.util.UUID;

/**
 * A bid as its bidder sees it before the opening: its state and digest, never its contents.
 *
 * @param status ACTIVE, WITHDRAWN or REJECTED_LATE
 * @param confirmedAmendment the tender amendment the bid was last submitted or confirmed against
 */
public record BidResponse(
        UUID bidId,
        String supplierId,
        String status,
        String contentDigest,
        Instant submittedAt,
        int confirmedAmendment) {}
