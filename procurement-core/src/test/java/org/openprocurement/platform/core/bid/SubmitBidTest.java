package org.openprocurement.platform.core.bid;

import static org.openprocurement.platform.core.bid.BidFixtures.BEFORE;
import static org.openprocurement.platform.core.bid.BidFixtures.BID_ID;
import static org.openprocurement.platform.core.bid.BidFixtures.DEADLINE;
import static org.openprocurement.platform.core.bid.BidFixtures.OPEN;
import static org.openprocurement.platform.core.bid.BidFixtures.SUPPLIER;
import static org.openprocurement.platform.core.bid.BidFixtures.TENDER_ID;
import static org.openprocurement.platform.core.bid.BidFixtures.submitted;

import java.time.Instant;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.openprocurement.platform.core.bid.command.BidTerms;
import org.openprocurement.platform.core.bid.command.SubmitBid;
import org.openprocurement.platform.core.bid.event.BidReplaced;
import org.openprocurement.platform.core.bid.event.BidSubmitted;
import org.openprocurement.platform.core.bid.event.BidWithdrawn;
import org.openprocurement.platform.core.bid.event.LateBidRejected;

class SubmitBidTest {

    private final AggregateTestFixture<Bid> fixture = new AggregateTestFixture<>(Bid.class);

    private static SubmitBid submit(String digest, Instant at) {
        return new SubmitBid(BID_ID, TENDER_ID, SUPPLIER, "sealed-" + digest, digest, OPEN, at);
    }

    @Test
    void aFirstBidIsSubmittedAtVersionZero() {
        fixture.givenNoPriorActivity()
                .when(submit("a1", BEFORE))
                .expectEvents(submitted("a1"))
                .expectResultMessagePayload(new BidReceipt(BidOutcome.SUBMITTED, 0));
    }

    @Test
    void aSecondBidReplacesTheActiveOneAndTheReceiptCarriesItsVersion() {
        fixture.given(submitted("a1"))
                .when(submit("b2", BEFORE))
                .expectEvents(new BidReplaced(BID_ID, TENDER_ID, SUPPLIER, "sealed-b2", "b2", 0, BEFORE))
                .expectResultMessagePayload(new BidReceipt(BidOutcome.REPLACED, 1));
    }

    @Test
    void aBidAfterWithdrawalIsSubmittedAgainNotReplaced() {
        fixture.given(submitted("a1"), new BidWithdrawn(BID_ID, TENDER_ID, SUPPLIER, BEFORE))
                .when(submit("c3", BEFORE))
                .expectEvents(new BidSubmitted(BID_ID, TENDER_ID, SUPPLIER, "sealed-c3", "c3", 0, BEFORE))
                .expectResultMessagePayload(new BidReceipt(BidOutcome.SUBMITTED, 2));
    }

    @Test
    void aBidAtTheDeadlineIsRecordedAsLateAndNotAccepted() {
        fixture.given(submitted("a1"))
                .when(submit("late", DEADLINE))
                .expectEvents(new LateBidRejected(BID_ID, TENDER_ID, SUPPLIER, DEADLINE, DEADLINE))
                .expectResultMessagePayload(new BidReceipt(BidOutcome.REJECTED_LATE, 1));
    }

    @Test
    void aCancelledTenderTakesNoBid() {
        fixture.givenNoPriorActivity()
                .when(new SubmitBid(
                        BID_ID, TENDER_ID, SUPPLIER, "sealed", "d", new BidTerms(false, DEADLINE, 0, true), BEFORE))
                .expectException(BidRefusal.NotAcceptingBidsException.class)
                .expectNoEvents();
    }

    @Test
    void aSupplierOutsideTheInvitationListMayNotBid() {
        fixture.givenNoPriorActivity()
                .when(new SubmitBid(
                        BID_ID, TENDER_ID, SUPPLIER, "sealed", "d", new BidTerms(true, DEADLINE, 0, false), BEFORE))
                .expectException(BidRefusal.NotInvitedException.class)
                .expectNoEvents();
    }
}
