package org.openprocurement.platform.core.tender;

import static org.openprocurement.platform.core.tender.TenderFixtures.ENQUIRY_ID;
import static org.openprocurement.platform.core.tender.TenderFixtures.OTHER_ENQUIRY_ID;
import static org.openprocurement.platform.core.tender.TenderFixtures.aDraft;
import static org.openprocurement.platform.core.tender.TenderFixtures.answer;
import static org.openprocurement.platform.core.tender.TenderFixtures.answered;
import static org.openprocurement.platform.core.tender.TenderFixtures.published;
import static org.openprocurement.platform.core.tender.TenderFixtures.raised;
import static org.openprocurement.platform.core.tender.TenderFixtures.shanghai;
import static org.openprocurement.platform.core.tender.TenderFixtures.tenderFixture;

import java.time.Instant;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AnswerEnquiryTest {

    private static final Instant RAISED_AT = shanghai("2026-03-10T14:00");
    private static final Instant ANSWERED_AT = shanghai("2026-03-11T10:00");

    private final AggregateTestFixture<Tender> fixture = tenderFixture();

    @Nested
    class WithOneOpenEnquiry {

        private TestExecutor<Tender> tender;

        @BeforeEach
        void aSupplierHasAskedAQuestion() {
            tender = fixture.given(aDraft().event(), published(), raised(ENQUIRY_ID, RAISED_AT));
        }

        @Test
        void theAnswerIsRecorded() {
            tender.when(answer(ENQUIRY_ID, ANSWERED_AT))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(answered(ENQUIRY_ID, ANSWERED_AT));
        }

        @Test
        void answeringAnEnquiryNobodyRaisedIsRefused() {
            tender.when(answer(OTHER_ENQUIRY_ID, ANSWERED_AT))
                    .expectException(TenderRefusal.UnknownEnquiryException.class)
                    .expectNoEvents();
        }

        @Test
        void answeringItASecondTimeIsRefused() {
            tender.andGiven(answered(ENQUIRY_ID, ANSWERED_AT))
                    .when(answer(ENQUIRY_ID, ANSWERED_AT.plusSeconds(3600)))
                    .expectException(TenderRefusal.EnquiryAlreadyAnsweredException.class)
                    .expectNoEvents();
        }

        @Test
        void answeringOneEnquiryLeavesAnotherOpen() {
            tender.andGiven(raised(OTHER_ENQUIRY_ID, RAISED_AT.plusSeconds(60)), answered(ENQUIRY_ID, ANSWERED_AT))
                    .when(answer(OTHER_ENQUIRY_ID, ANSWERED_AT.plusSeconds(60)))
                    .expectEvents(answered(OTHER_ENQUIRY_ID, ANSWERED_AT.plusSeconds(60)));
        }
    }

    @Test
    void aTenderWithoutEnquiriesHasNothingToAnswer() {
        fixture.given(aDraft().event(), published())
                .when(answer(ENQUIRY_ID, ANSWERED_AT))
                .expectException(TenderRefusal.UnknownEnquiryException.class)
                .expectNoEvents();
    }
}
