package org.openprocurement.platform.core.bid.event;

import java.util.UUID;

/** A fact in the life of one supplier's bid in one tender. */
public sealed interface BidEvent permits BidSubmitted, BidReplaced, BidWithdrawn, BidConfirmed, LateBidRejected {

    /** The bid: one per supplier per tender. */
    UUID bidId();

    /** The tender it answers. */
    UUID tenderId();

    /** The bidding supplier. */
    String supplierId();
}
