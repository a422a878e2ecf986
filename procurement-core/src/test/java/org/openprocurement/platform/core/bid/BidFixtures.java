package org.openprocurement.platform.core.bid;

import java.time.Instant;
import java.util.UUID;
import org.openprocurement.platform.core.bid.command.BidTerms;
import org.openprocurement.platform.core.bid.event.BidSubmitted;

/** One supplier's bid stream in an open tender, with fixed ids and instants. */
final class BidFixtures {

    static final UUID TENDER_ID = UUID.fromString("7e4d1c2a-0f3b-4a8e-9b61-00000000b1d0");
    static final String SUPPLIER = "ORG-SUP-0042";
    static final UUID BID_ID = BidIds.of(TENDER_ID, SUPPLIER);
    static final Instant DEADLINE = Instant.parse("2026-05-11T02:00:00Z");
    static final Instant BEFORE = DEADLINE.minusSeconds(60);
    /** The tender accepts bids, the supplier may bid, no amendment yet. */
    static final BidTerms OPEN = new BidTerms(true, DEADLINE, 0, true);

    private BidFixtures() {}

    /** The supplier's first bid, before the deadline, sealed with {@code digest}. */
    static BidSubmitted submitted(String digest) {
        return new BidSubmitted(BID_ID, TENDER_ID, SUPPLIER, "sealed-" + digest, digest, 0, BEFORE);
    }
}
