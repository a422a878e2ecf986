package org.openprocurement.platform.core.tender;

import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.axonframework.test.matchers.Matchers.predicate;
import static org.openprocurement.platform.core.tender.EvaluationFixtures.ALPHA;
import static org.openprocurement.platform.core.tender.EvaluationFixtures.AWARDED_AT;
import static org.openprocurement.platform.core.tender.EvaluationFixtures.AWARD_ID;
import static org.openprocurement.platform.core.tender.EvaluationFixtures.BETA;
import static org.openprocurement.platform.core.tender.EvaluationFixtures.GAMMA;
import static org.openprocurement.platform.core.tender.EvaluationFixtures.award;
import static org.openprocurement.platform.core.tender.EvaluationFixtures.awarded;
import static org.openprocurement.platform.core.tender.EvaluationFixtures.counted;
import static org.openprocurement.platform.core.tender.EvaluationFixtures.failure;
import static org.openprocurement.platform.core.tender.EvaluationFixtures.opened;
import static org.openprocurement.platform.core.tender.EvaluationFixtures.qualified;
import static org.openprocurement.platform.core.tender.TenderFixtures.TENDER_ID;
import static org.openprocurement.platform.core.tender.TenderFixtures.aDraft;
import static org.openprocurement.platform.core.tender.TenderFixtures.money;
import static org.openprocurement.platform.core.tender.TenderFixtures.published;
import static org.openprocurement.platform.core.tender.TenderFixtures.shanghai;
import static org.openprocurement.platform.core.tender.TenderFixtures.tenderFixture;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.openprocurement.platform.core.tender.command.CancelAward;
import org.openprocurement.platform.core.tender.command.OrderReprocurement;
import org.openprocurement.platform.core.tender.command.ResumeProcurement;
import org.openprocurement.platform.core.tender.command.SuspendProcurement;
import org.openprocurement.platform.core.tender.event.AwardCancelled;
import org.openprocurement.platform.core.tender.event.BidDisqualified;
import org.openprocurement.platform.core.tender.event.OpenedBid;
import org.openprocurement.platform.core.tender.event.ProcurementResumed;
import org.openprocurement.platform.core.tender.event.ProcurementSuspended;

/** What a complaint does to the tender: suspension, a cancelled award, an order to procure again. */
class ComplaintEffectsTest {

    private static final UUID COMPLAINT_ID = UUID.fromString("9d0c0f11-6a2b-4c3d-8e4f-000000000001");
    private static final OpenedBid EPSILON = counted("3c9a6f10-2b7d-4e55-8f20-000000000005", "SUP-0005", "97000.00");
    private static final Instant SUSPENDED_AT = shanghai("2026-04-10T09:00");
    private static final Instant DECIDED_AT = shanghai("2026-04-20T09:00");
    private static final Instant STANDSTILL = shanghai("2026-04-14T15:30");
    private static final String BUDGET = "100000.00";

    private final AggregateTestFixture<Tender> fixture = tenderFixture();

    private SuspendProcurement suspend(int days) {
        return new SuspendProcurement(TENDER_ID, COMPLAINT_ID, days, "Complaint about the evaluation", SUSPENDED_AT);
    }

    private ProcurementSuspended suspended() {
        return new ProcurementSuspended(
                TENDER_ID,
                COMPLAINT_ID,
                "Complaint about the evaluation",
                SUSPENDED_AT.plusSeconds(30L * 86_400),
                SUSPENDED_AT);
    }

    /** Four qualified bids at the lowest price; Beta (88,500) was awarded, Alpha (92,000) ranks next. */
    @Nested
    class AnAwardedTenderWithFourQualifiedBids {

        private TestExecutor<Tender> tender;

        @BeforeEach
        void awardBeta() {
            fixture.registerInjectableResource(Clock.fixed(SUSPENDED_AT.plusSeconds(30L * 86_400), ZoneOffset.UTC));
            tender = fixture.given(
                    aDraft().event(),
                    published(),
                    opened(ALPHA, BETA, GAMMA, EPSILON),
                    qualified(ALPHA),
                    qualified(BETA),
                    qualified(GAMMA),
                    qualified(EPSILON),
                    awarded(BETA, STANDSTILL, AWARDED_AT));
        }

        @Test
        void aCancelledAwardExcludesTheWinnerAndNamesThePriceOfTheNextRankedBid() {
            tender.when(new CancelAward(
                            TENDER_ID, COMPLAINT_ID, "Beta's licence had expired", money(BUDGET), DECIDED_AT))
                    .expectEvents(
                            new AwardCancelled(
                                    TENDER_ID,
                                    AWARD_ID,
                                    BETA.bidId(),
                                    BETA.supplierId(),
                                    COMPLAINT_ID,
                                    "Beta's licence had expired",
                                    money("92000.00"),
                                    DECIDED_AT),
                            new BidDisqualified(
                                    TENDER_ID,
                                    BETA.bidId(),
                                    BETA.supplierId(),
                                    "Excluded: its award was cancelled on a complaint",
                                    DECIDED_AT));
        }

        @Test
        void afterTheCancellationOnlyTheNextRankedBidCanBeAwarded() {
            tender.andGivenCommands(
                            new CancelAward(TENDER_ID, COMPLAINT_ID, "licence expired", money(BUDGET), DECIDED_AT))
                    .when(award(BETA, BUDGET, DECIDED_AT))
                    .expectException(TenderRefusal.NotTopRankedException.class);
        }

        @Test
        void theNextRankedBidIsAwardedAfterTheCancellation() {
            tender.andGivenCommands(
                            new CancelAward(TENDER_ID, COMPLAINT_ID, "licence expired", money(BUDGET), DECIDED_AT))
                    .when(award(ALPHA, BUDGET, DECIDED_AT))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void whenEveryRemainingBidIsAboveTheBudgetTheTenderFails() {
            tender.when(new CancelAward(TENDER_ID, COMPLAINT_ID, "licence expired", money("90000.00"), DECIDED_AT))
                    .expectEventsMatching(payloadsMatching(exactSequenceOf(
                            predicate(e -> e instanceof AwardCancelled c && c.nextValue() == null),
                            predicate(e -> e instanceof BidDisqualified),
                            failure(DECIDED_AT),
                            andNoMore())));
        }

        @Test
        void anOrderToProcureAgainCancelsTheAwardAndFailsTheTender() {
            tender.when(new OrderReprocurement(TENDER_ID, COMPLAINT_ID, "The criteria were discriminatory", DECIDED_AT))
                    .expectEventsMatching(payloadsMatching(exactSequenceOf(
                            predicate(e -> e instanceof AwardCancelled c && c.nextValue() == null),
                            predicate(e -> e instanceof BidDisqualified),
                            failure(DECIDED_AT),
                            andNoMore())));
        }

        @Test
        void aSuspensionLastsAtMostThirtyDays() {
            tender.when(suspend(31))
                    .expectException(TenderRefusal.SuspensionPeriodException.class)
                    .expectNoEvents();
        }

        @Test
        void aSuspensionIsRecordedWithItsEndAndScheduledToEndByItself() {
            tender.when(suspend(30))
                    .expectEvents(suspended())
                    .expectScheduledDeadlineWithName(
                            SUSPENDED_AT.plusSeconds(30L * 86_400), Tender.SUSPENSION_DEADLINE);
        }

        @Test
        void aSuspendedProcurementCannotBeSuspendedAgain() {
            tender.andGiven(suspended())
                    .when(suspend(5))
                    .expectException(TenderRefusal.ProcurementSuspendedException.class);
        }

        @Test
        void theSuspensionEndsWhenTheComplaintIsDecided() {
            tender.andGiven(suspended())
                    .when(new ResumeProcurement(TENDER_ID, COMPLAINT_ID, "Complaint decided", DECIDED_AT))
                    .expectEvents(new ProcurementResumed(TENDER_ID, COMPLAINT_ID, "Complaint decided", DECIDED_AT));
        }

        @Test
        void onlyTheComplaintThatSuspendedTheProcurementResumesIt() {
            tender.andGiven(suspended())
                    .when(new ResumeProcurement(TENDER_ID, UUID.randomUUID(), "Complaint decided", DECIDED_AT))
                    .expectException(TenderRefusal.WrongTenderStateException.class);
        }

        @Test
        void theSuspensionEndsByItselfAfterItsPeriod() {
            Instant end = SUSPENDED_AT.plusSeconds(30L * 86_400);
            tender.andGivenCommands(suspend(30))
                    .whenTimeAdvancesTo(end)
                    .expectDeadlinesMet(COMPLAINT_ID)
                    .expectEventsMatching(payloadsMatching(exactSequenceOf(
                            predicate(e -> e instanceof ProcurementResumed r
                                    && r.resumedAt().equals(end)),
                            andNoMore())));
        }
    }

    /** Three qualified bids: the minimum for open tendering, so excluding the winner leaves too few. */
    @Nested
    class AnAwardedTenderWithThreeQualifiedBids {

        @Test
        void aCancelledAwardFailsTheTenderForTooFewQualifiedBids() {
            fixture.given(
                            aDraft().event(),
                            published(),
                            opened(ALPHA, BETA, GAMMA),
                            qualified(ALPHA),
                            qualified(BETA),
                            qualified(GAMMA),
                            awarded(BETA, STANDSTILL, AWARDED_AT))
                    .when(new CancelAward(TENDER_ID, COMPLAINT_ID, "licence expired", money(BUDGET), DECIDED_AT))
                    .expectEventsMatching(payloadsMatching(exactSequenceOf(
                            predicate(e -> e instanceof AwardCancelled c && c.nextValue() == null),
                            predicate(e -> e instanceof BidDisqualified),
                            failure(DECIDED_AT),
                            andNoMore())));
        }
    }

    /** An opened tender under evaluation. */
    @Nested
    class AnOpenedTender {

        @Test
        void nothingIsAwardedWhileTheProcurementIsSuspended() {
            fixture.given(
                            aDraft().event(),
                            published(),
                            opened(ALPHA, BETA, GAMMA),
                            qualified(ALPHA),
                            qualified(BETA),
                            qualified(GAMMA),
                            suspended())
                    .when(award(BETA, BUDGET))
                    .expectException(TenderRefusal.ProcurementSuspendedException.class)
                    .expectNoEvents();
        }

        @Test
        void anAwardCanOnlyBeCancelledWhenThereIsOne() {
            fixture.given(aDraft().event(), published(), opened(ALPHA, BETA, GAMMA))
                    .when(new CancelAward(TENDER_ID, COMPLAINT_ID, "licence expired", money(BUDGET), DECIDED_AT))
                    .expectException(TenderRefusal.WrongTenderStateException.class);
        }
    }
}
