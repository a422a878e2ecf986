package org.openprocurement.platform.core.bid;

import static org.openprocurement.platform.core.bid.BidFixtures.BEFORE;
import static org.openprocurement.platform.core.bid.BidFixtures.BID_ID;
import static org.openprocurement.platform.core.bid.BidFixtures.DEADLINE;
import static org.openprocurement.platform.core.bid.BidFixtures.OPEN;
import static org.openprocurement.platform.core.bid.BidFixtures.SUPPLIER;
import static org.openprocurement.platform.core.bid.BidFixtures.TENDER_ID;
import static org.openprocurement.platform.core.bid.BidFixtures.submitted;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.openprocurement.platform.core.bid.command.WithdrawBid;
import org.openprocurement.platform.core.bid.event.BidWithdrawn;

class WithdrawBidTest {

    private final AggregateTestFixture<Bid> fixture = new AggregateTestFixture<>(Bid.class);

    @Test
    void anActiveBidIsWithdrawnBeforeTheDeadline() {
        fixture.given(submitted("a1"))
                .when(new WithdrawBid(BID_ID, OPEN, BEFORE))
                .expectEvents(new BidWithdrawn(BID_ID, TENDER_ID, SUPPLIER, BEFORE));
    }

    @Test
    void aBidAlreadyWithdrawnCannotBeWithdrawnAgain() {
        fixture.given(submitted("a1"), new BidWithdrawn(BID_ID, TENDER_ID, SUPPLIER, BEFORE))
                .when(new WithdrawBid(BID_ID, OPEN, BEFORE))
                .expectException(BidRefusal.NoActiveBidException.class)
                .expectNoEvents();
    }

    @Test
    void withdrawingAfterTheDeadlineIsRefused() {
        fixture.given(submitted("a1"))
                .when(new WithdrawBid(BID_ID, OPEN, DEADLINE))
                .expectException(BidRefusal.DeadlinePassedException.class)
                .expectNoEvents();
    }
}
