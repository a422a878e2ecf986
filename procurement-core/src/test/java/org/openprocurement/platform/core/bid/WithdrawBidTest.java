package org.openprocurement.platform.core.bid;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.openprocurement.platform.core.bid.command.BidTerms;
import org.openprocurement.platform.core.bid.command.WithdrawBid;
import org.openprocurement.platform.core.bid.event.BidSubmitted;
import org.openprocurement.platform.core.bid.event.BidWithdrawn;

class WithdrawBidTest {

    private static final UUID TENDER_ID = UUID.fromString("7e4d1c2a-0f3b-4a8e-9b61-00000000b1d0");
    private static final String SUPPLIER = "ORG-SUP-0042";
    private static final UUID BID_ID = BidIds.of(TENDER_ID, SUPPLIER);
    private static final Instant DEADLINE = Instant.parse("2026-05-11T02:00:00Z");
    private static final Instant BEFORE = DEADLINE.minusSeconds(60);
    private static final BidTerms OPEN = new BidTerms(true, DEADLINE, 0, true);

    private final AggregateTestFixture<Bid> fixture = new AggregateTestFixture<>(Bid.class);

    private static BidSubmitted submitted() {
        return new BidSubmitted(BID_ID, TENDER_ID, SUPPLIER, "sealed-a1", "a1", 0, BEFORE);
    }

    @Test
    void anActiveBidIsWithdrawnBeforeTheDeadline() {
        fixture.given(submitted())
                .when(new WithdrawBid(BID_ID, OPEN, BEFORE))
                .expectEvents(new BidWithdrawn(BID_ID, TENDER_ID, SUPPLIER, BEFORE));
    }

    @Test
    void aBidAlreadyWithdrawnCannotBeWithdrawnAgain() {
        fixture.given(submitted(), new BidWithdrawn(BID_ID, TENDER_ID, SUPPLIER, BEFORE))
                .when(new WithdrawBid(BID_ID, OPEN, BEFORE))
                .expectException(BidRefusal.NoActiveBidException.class)
                .expectNoEvents();
    }

    @Test
    void withdrawingAfterTheDeadlineIsRefused() {
        fixture.given(submitted())
                .when(new WithdrawBid(BID_ID, OPEN, DEADLINE))
                .expectException(BidRefusal.DeadlinePassedException.class)
                .expectNoEvents();
    }
}
