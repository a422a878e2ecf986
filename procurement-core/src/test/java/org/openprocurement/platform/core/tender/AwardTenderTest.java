package org.openprocurement.platform.core.tender;

import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.openprocurement.platform.core.tender.EvaluationFixtures.ALPHA;
import static org.openprocurement.platform.core.tender.EvaluationFixtures.AWARDED_AT;
import static org.openprocurement.platform.core.tender.EvaluationFixtures.BETA;
import static org.openprocurement.platform.core.tender.EvaluationFixtures.DELTA;
import static org.openprocurement.platform.core.tender.EvaluationFixtures.GAMMA;
import static org.openprocurement.platform.core.tender.EvaluationFixtures.award;
import static org.openprocurement.platform.core.tender.EvaluationFixtures.awarded;
import static org.openprocurement.platform.core.tender.EvaluationFixtures.disqualified;
import static org.openprocurement.platform.core.tender.EvaluationFixtures.failure;
import static org.openprocurement.platform.core.tender.EvaluationFixtures.opened;
import static org.openprocurement.platform.core.tender.EvaluationFixtures.qualified;
import static org.openprocurement.platform.core.tender.EvaluationFixtures.quality;
import static org.openprocurement.platform.core.tender.TenderFixtures.TENDER_ID;
import static org.openprocurement.platform.core.tender.TenderFixtures.aDraft;
import static org.openprocurement.platform.core.tender.TenderFixtures.cancel;
import static org.openprocurement.platform.core.tender.TenderFixtures.published;
import static org.openprocurement.platform.core.tender.TenderFixtures.scoring;
import static org.openprocurement.platform.core.tender.TenderFixtures.shanghai;
import static org.openprocurement.platform.core.tender.TenderFixtures.tenderFixture;

import java.time.Instant;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.openprocurement.platform.core.tender.event.TenderFailed;

class AwardTenderTest {

    /**
     * Seven working days after Thursday 2 April 2026: Fri 3, Tue 7 (Monday 6 is Qingming), Wed 8, Thu 9, Fri 10,
     * Mon 13, Tue 14 April; at the time of day of the award, 15:30 in Shanghai.
     */
    private static final Instant STANDSTILL_ENDS_AT = shanghai("2026-04-14T15:30");

    private static final String BUDGET = "100000.00";

    private final AggregateTestFixture<Tender> fixture = tenderFixture();

    @Test
    void aPublishedTenderCannotBeAwardedBeforeItsBidsAreOpened() {
        fixture.given(aDraft().event(), published())
                .when(award(BETA, BUDGET))
                .expectException(TenderRefusal.WrongTenderStateException.class)
                .expectNoEvents();
    }

    /** Open tendering at the lowest price; Delta was not confirmed after an amendment and takes no part. */
    @Nested
    class AnOpenedLowestPriceTender {

        private TestExecutor<Tender> tender;

        @BeforeEach
        void hasThreeCountedBidsAndOneUncounted() {
            tender = fixture.given(aDraft().event(), published(), opened(ALPHA, BETA, GAMMA, DELTA));
        }

        @Test
        void cannotBeAwardedWhileACountedBidHasNoDecision() {
            tender.andGiven(qualified(ALPHA), qualified(BETA))
                    .when(award(BETA, BUDGET))
                    .expectException(TenderRefusal.EvaluationIncompleteException.class)
                    .expectNoEvents();
        }

        @Test
        void failsWithTwoQualifiedBidsWhereTheMethodNeedsThree() {
            tender.andGiven(qualified(ALPHA), qualified(BETA), disqualified(GAMMA))
                    .when(award(BETA, BUDGET))
                    .expectSuccessfulHandlerExecution()
                    .expectEventsMatching(payloadsMatching(exactSequenceOf(failure(AWARDED_AT), andNoMore())))
                    .expectResultMessagePayload(AwardOutcome.FAILED);
        }

        @Test
        void thatFailedCannotBeAwarded() {
            tender.andGiven(
                            qualified(ALPHA),
                            qualified(BETA),
                            disqualified(GAMMA),
                            new TenderFailed(TENDER_ID, "2 bids qualified", AWARDED_AT))
                    .when(award(BETA, BUDGET, AWARDED_AT.plusSeconds(60)))
                    .expectException(TenderRefusal.WrongTenderStateException.class)
                    .expectNoEvents();
        }

        @Nested
        class WithEveryCountedBidQualified {

            @BeforeEach
            void alphaBetaAndGammaQualify() {
                tender = tender.andGiven(qualified(ALPHA), qualified(BETA), qualified(GAMMA));
            }

            @Test
            void isAwardedToTheCheapestBidAtItsPriceWithASevenWorkingDayStandstill() {
                tender.when(award(BETA, BUDGET))
                        .expectSuccessfulHandlerExecution()
                        .expectEvents(awarded(BETA, STANDSTILL_ENDS_AT, AWARDED_AT))
                        .expectResultMessagePayload(AwardOutcome.AWARDED);
            }

            @Test
            void countsTheStandstillInShanghaiNotInUtc() {
                // 17:00 UTC on Thursday 2 April is 01:00 on Friday 3 April in Shanghai. Seven working days from
                // Friday: Tue 7, Wed 8, Thu 9, Fri 10, Mon 13, Tue 14, Wed 15 April, at 01:00.
                Instant at = Instant.parse("2026-04-02T17:00:00Z");

                tender.when(award(BETA, BUDGET, at))
                        .expectEvents(awarded(BETA, Instant.parse("2026-04-14T17:00:00Z"), at));
            }

            @Test
            void isAwardedWhenTheCheapestBidIsExactlyTheBudget() {
                tender.when(award(BETA, "88500.00")).expectEvents(awarded(BETA, STANDSTILL_ENDS_AT, AWARDED_AT));
            }

            @Test
            void cannotBeAwardedToABidThatDoesNotRankFirst() {
                tender.when(award(ALPHA, BUDGET))
                        .expectException(TenderRefusal.NotTopRankedException.class)
                        .expectNoEvents();
            }

            @Test
            void cannotBeAwardedToTheCheaperBidThatDoesNotCount() {
                tender.when(award(DELTA, BUDGET))
                        .expectException(TenderRefusal.NotTopRankedException.class)
                        .expectNoEvents();
            }

            @Test
            void failsWhenEveryQualifiedBidExceedsTheBudget() {
                tender.when(award(BETA, "88499.99"))
                        .expectEventsMatching(payloadsMatching(exactSequenceOf(failure(AWARDED_AT), andNoMore())))
                        .expectResultMessagePayload(AwardOutcome.FAILED);
            }

            @Test
            void cannotBeAwardedTwice() {
                tender.andGiven(awarded(BETA, STANDSTILL_ENDS_AT, AWARDED_AT))
                        .when(award(BETA, BUDGET, AWARDED_AT.plusSeconds(60)))
                        .expectException(TenderRefusal.WrongTenderStateException.class)
                        .expectNoEvents();
            }

            @Test
            void cannotBeCancelledOnceAwarded() {
                tender.andGiven(awarded(BETA, STANDSTILL_ENDS_AT, AWARDED_AT))
                        .when(cancel(AWARDED_AT.plusSeconds(60)))
                        .expectException(TenderRefusal.WrongTenderStateException.class)
                        .expectNoEvents();
            }
        }
    }

    /**
     * Comprehensive scoring, price 60 and quality 40: Alpha (92,000, quality 40) totals 97.7174, Gamma (95,000,
     * quality 20) 75.8947, the cheapest Beta (88,500, quality 10) 70.
     */
    @Nested
    class AScoredTenderWhoseBestBidIsNotTheCheapest {

        private TestExecutor<Tender> tender;

        @BeforeEach
        void hasEveryBidScored() {
            tender = fixture.given(
                    aDraft().scoredBy(scoring(60, 40)).event(),
                    published(),
                    opened(ALPHA, BETA, GAMMA),
                    qualified(ALPHA, quality(40)),
                    qualified(BETA, quality(10)),
                    qualified(GAMMA, quality(20)));
        }

        @Test
        void isAwardedToTheHighestScoreAtItsPrice() {
            tender.when(award(ALPHA, BUDGET))
                    .expectEvents(awarded(ALPHA, STANDSTILL_ENDS_AT, AWARDED_AT))
                    .expectResultMessagePayload(AwardOutcome.AWARDED);
        }

        @Test
        void cannotBeAwardedToTheCheapestBid() {
            tender.when(award(BETA, BUDGET))
                    .expectException(TenderRefusal.NotTopRankedException.class)
                    .expectNoEvents();
        }

        @Test
        void cannotBeAwardedAboveTheBudgetWhileAnotherQualifiedBidIsWithinIt() {
            tender.when(award(ALPHA, "90000.00"))
                    .expectException(TenderRefusal.AwardExceedsBudgetException.class)
                    .expectNoEvents();
        }
    }
}
