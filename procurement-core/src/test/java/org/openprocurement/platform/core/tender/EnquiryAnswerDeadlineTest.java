package org.openprocurement.platform.core.tender;

import static org.openprocurement.platform.core.tender.TenderFixtures.ENQUIRY_ID;
import static org.openprocurement.platform.core.tender.TenderFixtures.OTHER_ENQUIRY_ID;
import static org.openprocurement.platform.core.tender.TenderFixtures.PROCURING_ENTITY_ID;
import static org.openprocurement.platform.core.tender.TenderFixtures.PUBLISHED_AT;
import static org.openprocurement.platform.core.tender.TenderFixtures.SHANGHAI;
import static org.openprocurement.platform.core.tender.TenderFixtures.TENDER_ID;
import static org.openprocurement.platform.core.tender.TenderFixtures.aDraft;
import static org.openprocurement.platform.core.tender.TenderFixtures.answer;
import static org.openprocurement.platform.core.tender.TenderFixtures.cancel;
import static org.openprocurement.platform.core.tender.TenderFixtures.publish;
import static org.openprocurement.platform.core.tender.TenderFixtures.raise;
import static org.openprocurement.platform.core.tender.TenderFixtures.shanghai;
import static org.openprocurement.platform.core.tender.TenderFixtures.tenderFixture;

import java.time.Clock;
import java.time.Instant;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.openprocurement.platform.core.tender.event.EnquiryAnswerOverdue;

/**
 * An enquiry is answered within 3 working days (Implementing Regulations of the Government Procurement Law art.
 * 52); a persisted deadline records it on the tender when the answer is late.
 */
class EnquiryAnswerDeadlineTest {

    /** Tuesday 10 March 2026, 14:00 in Shanghai. */
    private static final Instant RAISED_AT = shanghai("2026-03-10T14:00");
    /** Wednesday, Thursday and Friday are the three working days: due when Saturday 14 March begins. */
    private static final Instant DUE = shanghai("2026-03-14T00:00");
    /** Monday 16 March 2026, 09:00: when the platform notices. */
    private static final Instant NOTICED_AT = shanghai("2026-03-16T09:00");

    private final AggregateTestFixture<Tender> fixture = tenderFixture();

    private TestExecutor<Tender> published() {
        fixture.registerInjectableResource(Clock.fixed(NOTICED_AT, SHANGHAI));
        return fixture.givenCurrentTime(PUBLISHED_AT)
                .andGiven(aDraft().event())
                .andGivenCommands(publish(PUBLISHED_AT));
    }

    @Test
    void isScheduledAtTheEndOfTheThirdWorkingDayAfterTheEnquiry() {
        published()
                .when(raise(ENQUIRY_ID, RAISED_AT))
                .expectScheduledDeadline(DUE, new EnquiryAnswerDue(ENQUIRY_ID, DUE));
    }

    @Test
    void skipsTheWeekendWhenCountingWorkingDays() {
        // Thursday 26 March: Friday 27, Monday 30 and Tuesday 31 count; due when Wednesday 1 April begins.
        Instant due = shanghai("2026-04-01T00:00");

        published()
                .when(raise(ENQUIRY_ID, shanghai("2026-03-26T16:30")))
                .expectScheduledDeadline(due, new EnquiryAnswerDue(ENQUIRY_ID, due));
    }

    @Nested
    class WhenTheAnswerPeriodEnds {

        private TestExecutor<Tender> tender;

        @BeforeEach
        void aSupplierAskedOnTuesday() {
            tender = published().andGivenCommands(raise(ENQUIRY_ID, RAISED_AT));
        }

        @Test
        void anUnansweredEnquiryIsRecordedOverdueForTheProcuringEntity() {
            tender.whenTimeAdvancesTo(DUE)
                    .expectTriggeredDeadlinesWithName(Tender.ENQUIRY_ANSWER_DEADLINE)
                    .expectEvents(
                            new EnquiryAnswerOverdue(TENDER_ID, ENQUIRY_ID, PROCURING_ENTITY_ID, DUE, NOTICED_AT));
        }

        @Test
        void nothingIsRecordedOneSecondBefore() {
            tender.whenTimeAdvancesTo(DUE.minusSeconds(1)).expectNoEvents();
        }

        @Test
        void anEnquiryAnsweredInTimeIsNotOverdue() {
            tender.andGivenCommands(answer(ENQUIRY_ID, shanghai("2026-03-13T17:00")))
                    .whenTimeAdvancesTo(DUE)
                    .expectTriggeredDeadlinesWithName(Tender.ENQUIRY_ANSWER_DEADLINE)
                    .expectNoEvents();
        }

        @Test
        void onlyTheUnansweredOfTwoEnquiriesIsOverdue() {
            tender.andGivenCommands(
                            raise(OTHER_ENQUIRY_ID, RAISED_AT.plusSeconds(60)),
                            answer(ENQUIRY_ID, shanghai("2026-03-11T10:00")))
                    .whenTimeAdvancesTo(DUE.plusSeconds(60))
                    .expectEvents(new EnquiryAnswerOverdue(
                            TENDER_ID, OTHER_ENQUIRY_ID, PROCURING_ENTITY_ID, DUE, NOTICED_AT));
        }

        @Test
        void aCancelledTenderOwesNoAnswer() {
            tender.andGivenCommands(cancel(shanghai("2026-03-12T09:00")))
                    .whenTimeAdvancesTo(DUE)
                    .expectNoEvents();
        }
    }
}
