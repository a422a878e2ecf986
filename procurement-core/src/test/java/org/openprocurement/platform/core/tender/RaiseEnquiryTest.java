package org.openprocurement.platform.core.tender;

import static org.openprocurement.platform.core.tender.TenderFixtures.COMMITMENT_ID;
import static org.openprocurement.platform.core.tender.TenderFixtures.DEADLINE;
import static org.openprocurement.platform.core.tender.TenderFixtures.ENQUIRY_ID;
import static org.openprocurement.platform.core.tender.TenderFixtures.aDraft;
import static org.openprocurement.platform.core.tender.TenderFixtures.amended;
import static org.openprocurement.platform.core.tender.TenderFixtures.cancelled;
import static org.openprocurement.platform.core.tender.TenderFixtures.published;
import static org.openprocurement.platform.core.tender.TenderFixtures.raise;
import static org.openprocurement.platform.core.tender.TenderFixtures.raised;
import static org.openprocurement.platform.core.tender.TenderFixtures.shanghai;
import static org.openprocurement.platform.core.tender.TenderFixtures.tenderFixture;

import java.time.Instant;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RaiseEnquiryTest {

    private final AggregateTestFixture<Tender> fixture = tenderFixture();

    @Nested
    class OnAPublishedTender {

        private TestExecutor<Tender> tender;

        @BeforeEach
        void isPublishedWithItsDeadlineOnTheFirstOfApril() {
            tender = fixture.given(aDraft().event(), published());
        }

        @Test
        void anEnquiryBeforeTheDeadlineIsRecorded() {
            Instant at = shanghai("2026-03-10T14:00");

            tender.when(raise(ENQUIRY_ID, at))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(raised(ENQUIRY_ID, at));
        }

        @Test
        void anEnquiryOneSecondBeforeTheDeadlineIsRecorded() {
            Instant at = DEADLINE.minusSeconds(1);

            tender.when(raise(ENQUIRY_ID, at)).expectEvents(raised(ENQUIRY_ID, at));
        }

        @Test
        void anEnquiryAtTheDeadlineIsRefused() {
            tender.when(raise(ENQUIRY_ID, DEADLINE))
                    .expectException(TenderRefusal.WrongTenderStateException.class)
                    .expectNoEvents();
        }

        @Test
        void anEnquiryAfterTheDeadlineIsRefused() {
            tender.when(raise(ENQUIRY_ID, shanghai("2026-04-02T09:00")))
                    .expectException(TenderRefusal.WrongTenderStateException.class)
                    .expectNoEvents();
        }

        @Test
        void anEnquiryAfterTheOriginalDeadlineIsRecordedWhenAnAmendmentMovedItOut() {
            Instant at = shanghai("2026-04-02T09:00");

            tender.andGiven(amended(1, shanghai("2026-04-06T10:00"), true, shanghai("2026-03-22T09:00")))
                    .when(raise(ENQUIRY_ID, at))
                    .expectEvents(raised(ENQUIRY_ID, at));
        }

        @Test
        void anEnquiryAfterCancellationIsRefused() {
            tender.andGiven(cancelled(COMMITMENT_ID, shanghai("2026-03-05T09:00")))
                    .when(raise(ENQUIRY_ID, shanghai("2026-03-10T14:00")))
                    .expectException(TenderRefusal.WrongTenderStateException.class)
                    .expectNoEvents();
        }
    }

    @Test
    void anEnquiryAboutADraftIsRefused() {
        fixture.given(aDraft().event())
                .when(raise(ENQUIRY_ID, shanghai("2026-03-10T14:00")))
                .expectException(TenderRefusal.WrongTenderStateException.class)
                .expectNoEvents();
    }
}
