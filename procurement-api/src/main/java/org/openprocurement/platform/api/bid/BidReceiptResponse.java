package org.openprocurement.platform.api.bid;

import java.time.Instant;
import java.util.UUID;

/**
 * The platform's receipt for a sealed bid: the bidder can later prove what it submitted by the digest.
 *
 * @param receivedAt the platform time at which the bid was taken, the time that counts for the deadline
 * @param contentDigest SHA-256 (hex) of the submission document exactly as sealed
 * @param outcome SUBMITTED for a first bid, REPLACED when it replaced the supplier's active bid
 */
public record BidReceiptResponse(UUID bidId, UUID tenderId, Instant receivedAt, String contentDigest, String outcome) {}
