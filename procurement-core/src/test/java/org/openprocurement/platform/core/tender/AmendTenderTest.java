package org.openprocurement.platform.core.tender;

import static org.openprocurement.platform.core.tender.TenderFixtures.COMMITMENT_ID;
import static org.openprocurement.platform.core.tender.TenderFixtures.DEADLINE;
import static org.openprocurement.platform.core.tender.TenderFixtures.aDraft;
import static org.openprocurement.platform.core.tender.TenderFixtures.amend;
import static org.openprocurement.platform.core.tender.TenderFixtures.amended;
import static org.openprocurement.platform.core.tender.TenderFixtures.cancelled;
import static org.openprocurement.platform.core.tender.TenderFixtures.published;
import static org.openprocurement.platform.core.tender.TenderFixtures.shanghai;
import static org.openprocurement.platform.core.tender.TenderFixtures.tenderFixture;

import java.time.Instant;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.openprocurement.platform.core.method.ProcurementMethod;

class AmendTenderTest {

    private final AggregateTestFixture<Tender> fixture = tenderFixture();

    /** Open tendering, deadline Wednesday 1 April 2026 at 10:00 Shanghai; changes need 15 days' notice. */
    @Nested
    class APublishedOpenTender {

        private TestExecutor<Tender> tender;

        @BeforeEach
        void isPublishedWithThirtyDaysToGo() {
            tender = fixture.given(aDraft().event(), published());
        }

        @Test
        void amendedTwentyDaysBeforeTheDeadlineKeepsIt() {
            Instant at = shanghai("2026-03-12T09:00");

            tender.when(amend(at)).expectSuccessfulHandlerExecution().expectEvents(amended(1, DEADLINE, false, at));
        }

        @Test
        void amendedExactlyFifteenDaysBeforeTheDeadlineKeepsIt() {
            Instant at = shanghai("2026-03-17T16:00");

            tender.when(amend(at)).expectEvents(amended(1, DEADLINE, false, at));
        }

        @Test
        void amendedTenDaysBeforeTheDeadlineMovesItToFifteenDaysLaterAtTheSameTimeOfDay() {
            Instant at = shanghai("2026-03-22T09:00");

            tender.when(amend(at)).expectEvents(amended(1, shanghai("2026-04-06T10:00"), true, at));
        }

        @Test
        void daysAreCountedInShanghaiNotInUtc() {
            // 17:00 UTC on 17 March is 01:00 on 18 March in Shanghai: 15 days later is 2 April.
            Instant at = Instant.parse("2026-03-17T17:00:00Z");

            tender.when(amend(at)).expectEvents(amended(1, shanghai("2026-04-02T10:00"), true, at));
        }

        @Test
        void aRequestedLaterDeadlineIsKeptAsRequested() {
            Instant at = shanghai("2026-03-22T09:00");
            Instant requested = shanghai("2026-04-15T10:00");

            tender.when(amend(requested, at)).expectEvents(amended(1, requested, false, at));
        }

        @Test
        void aRequestedDeadlineTooCloseToTheAmendmentIsMovedOut() {
            Instant at = shanghai("2026-03-22T09:00");

            tender.when(amend(shanghai("2026-04-03T14:30"), at))
                    .expectEvents(amended(1, shanghai("2026-04-06T14:30"), true, at));
        }

        @Test
        void aSecondAmendmentIsNumberedTwo() {
            Instant first = shanghai("2026-03-12T09:00");
            Instant second = shanghai("2026-03-22T09:00");

            tender.andGiven(amended(1, DEADLINE, false, first))
                    .when(amend(second))
                    .expectEvents(amended(2, shanghai("2026-04-06T10:00"), true, second));
        }

        @Test
        void canStillBeAmendedBeforeADeadlineThatAnAmendmentMovedOut() {
            Instant at = shanghai("2026-04-02T09:00");

            tender.andGiven(amended(1, shanghai("2026-04-06T10:00"), true, shanghai("2026-03-22T09:00")))
                    .when(amend(at))
                    .expectEvents(amended(2, shanghai("2026-04-17T10:00"), true, at));
        }

        @Test
        void cannotBeAmendedAtTheDeadline() {
            tender.when(amend(DEADLINE))
                    .expectException(TenderRefusal.WrongTenderStateException.class)
                    .expectNoEvents();
        }

        @Test
        void cannotBeAmendedAfterTheDeadline() {
            tender.when(amend(shanghai("2026-04-02T09:00")))
                    .expectException(TenderRefusal.WrongTenderStateException.class)
                    .expectNoEvents();
        }

        @Test
        void cannotBeAmendedOnceCancelled() {
            tender.andGiven(cancelled(COMMITMENT_ID, shanghai("2026-03-10T09:00")))
                    .when(amend(shanghai("2026-03-12T09:00")))
                    .expectException(TenderRefusal.WrongTenderStateException.class)
                    .expectNoEvents();
        }
    }

    @Test
    void aDraftCannotBeAmended() {
        fixture.given(aDraft().event())
                .when(amend(shanghai("2026-03-03T09:00")))
                .expectException(TenderRefusal.WrongTenderStateException.class)
                .expectNoEvents();
    }

    @Test
    void aRequestForQuotationNeedsThreeWorkingDaysNoticeOfAChange() {
        // Published Friday 6 March, due Wednesday 11 March; amended Monday 9 March: Tue, Wed, Thu -> Thursday 12.
        Instant deadline = shanghai("2026-03-11T10:00");
        Instant at = shanghai("2026-03-09T09:00");

        fixture.given(
                        aDraft().method(ProcurementMethod.REQUEST_FOR_QUOTATION)
                                .deadline(deadline)
                                .event(),
                        published(deadline, shanghai("2026-03-06T09:00")))
                .when(amend(at))
                .expectEvents(amended(1, shanghai("2026-03-12T10:00"), true, at));
    }
}
