package org.openprocurement.platform.core.bid;

import java.time.Instant;
import org.openprocurement.platform.core.bid.command.BidTerms;

/** The rules of taking part in a tender, free of Axon. */
public final class BidRules {

    private BidRules() {}

    /** Bids go only to a published tender, and only from suppliers the method admits. */
    public static void requireAccepting(BidTerms terms) {
        if (!terms.acceptingBids()) {
            throw new BidRefusal.NotAcceptingBidsException("The tender is not accepting bids.");
        }
        if (!terms.eligible()) {
            throw new BidRefusal.NotInvitedException("Only invited suppliers may bid in this tender.");
        }
    }

    /** A bid received at the deadline or later is late (the deadline instant itself is already too late). */
    public static boolean isLate(Instant at, BidTerms terms) {
        return !at.isBefore(terms.deadline());
    }
}
