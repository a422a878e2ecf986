package org.openprocurement.platform.core.tender;

import static org.openprocurement.platform.core.tender.TenderFixtures.DRAFTED_AT;
import static org.openprocurement.platform.core.tender.TenderFixtures.PUBLISHED_AT;
import static org.openprocurement.platform.core.tender.TenderFixtures.aDraft;
import static org.openprocurement.platform.core.tender.TenderFixtures.cancelled;
import static org.openprocurement.platform.core.tender.TenderFixtures.publish;
import static org.openprocurement.platform.core.tender.TenderFixtures.published;
import static org.openprocurement.platform.core.tender.TenderFixtures.shanghai;
import static org.openprocurement.platform.core.tender.TenderFixtures.tenderFixture;

import java.time.Instant;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.openprocurement.platform.core.method.ProcurementMethod;
import org.openprocurement.platform.core.tender.event.TenderDrafted;

class PublishTenderTest {

    private final AggregateTestFixture<Tender> fixture = tenderFixture();

    /** Open tendering with its deadline on Wednesday 1 April 2026, 10:00 in Shanghai: 20 calendar days apply. */
    @Nested
    class AnOpenTender {

        private final TenderDrafted drafted = aDraft().event();

        @Test
        void publishedOnTheDayOfTheDraftIsRecordedWithItsCommitment() {
            fixture.given(drafted)
                    .when(publish(PUBLISHED_AT))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(published());
        }

        @Test
        void publishedTwentyCalendarDaysBeforeTheDeadlineIsRecorded() {
            Instant twentyDaysBefore = shanghai("2026-03-12T09:00");

            fixture.given(drafted)
                    .when(publish(twentyDaysBefore))
                    .expectEvents(published(drafted.tenderPeriodEnd(), twentyDaysBefore));
        }

        @Test
        void publishedNineteenCalendarDaysBeforeTheDeadlineIsRefused() {
            fixture.given(drafted)
                    .when(publish(shanghai("2026-03-13T09:00")))
                    .expectException(TenderRefusal.TenderingPeriodTooShortException.class)
                    .expectNoEvents();
        }

        @Test
        void daysAreCountedInShanghaiNotInUtc() {
            // 17:00 UTC on 12 March is already 01:00 on 13 March in Shanghai: only 19 days are left.
            fixture.given(drafted)
                    .when(publish(Instant.parse("2026-03-12T17:00:00Z")))
                    .expectException(TenderRefusal.TenderingPeriodTooShortException.class)
                    .expectNoEvents();
        }

        @Test
        void publishedTwiceIsRefused() {
            fixture.given(drafted, published())
                    .when(publish(PUBLISHED_AT.plusSeconds(60)))
                    .expectException(TenderRefusal.WrongTenderStateException.class)
                    .expectNoEvents();
        }

        @Test
        void publishedAfterItWasCancelledIsRefused() {
            fixture.given(drafted, cancelled(null, DRAFTED_AT.plusSeconds(60)))
                    .when(publish(PUBLISHED_AT))
                    .expectException(TenderRefusal.WrongTenderStateException.class)
                    .expectNoEvents();
        }
    }

    /** A request for quotation needs 3 working days after publication, counted with the working calendar. */
    @Nested
    class ARequestForQuotationPublishedOnAFriday {

        private final Instant friday = shanghai("2026-03-06T09:00");

        private TenderDrafted quotationDueBy(String localDeadline) {
            return aDraft().method(ProcurementMethod.REQUEST_FOR_QUOTATION)
                    .deadline(shanghai(localDeadline))
                    .event();
        }

        @Test
        void isRefusedWithTheDeadlineOnTheFollowingTuesday() {
            fixture.given(quotationDueBy("2026-03-10T10:00"))
                    .when(publish(friday))
                    .expectException(TenderRefusal.TenderingPeriodTooShortException.class)
                    .expectNoEvents();
        }

        @Test
        void isRecordedWithTheDeadlineOnTheFollowingWednesday() {
            TenderDrafted drafted = quotationDueBy("2026-03-11T10:00");

            fixture.given(drafted).when(publish(friday)).expectEvents(published(drafted.tenderPeriodEnd(), friday));
        }

        @Test
        void beforeTheQingmingHolidayIsRefusedWithTheDeadlineOnTheWednesday() {
            // Friday 3 April; Monday 6 April is a holiday, so the three working days are Tue 7, Wed 8, Thu 9.
            fixture.given(quotationDueBy("2026-04-08T10:00"))
                    .when(publish(shanghai("2026-04-03T09:00")))
                    .expectException(TenderRefusal.TenderingPeriodTooShortException.class)
                    .expectNoEvents();
        }

        @Test
        void beforeTheQingmingHolidayIsRecordedWithTheDeadlineOnTheThursday() {
            TenderDrafted drafted = quotationDueBy("2026-04-09T10:00");
            Instant friday = shanghai("2026-04-03T09:00");

            fixture.given(drafted).when(publish(friday)).expectEvents(published(drafted.tenderPeriodEnd(), friday));
        }
    }
}
