package org.openprocurement.platform.core.tender;

import static org.openprocurement.platform.core.tender.EvaluationFixtures.ALPHA;
import static org.openprocurement.platform.core.tender.EvaluationFixtures.AWARDED_AT;
import static org.openprocurement.platform.core.tender.EvaluationFixtures.BETA;
import static org.openprocurement.platform.core.tender.EvaluationFixtures.DECIDED_AT;
import static org.openprocurement.platform.core.tender.EvaluationFixtures.DELTA;
import static org.openprocurement.platform.core.tender.EvaluationFixtures.GAMMA;
import static org.openprocurement.platform.core.tender.EvaluationFixtures.QUALIFIED_REASON;
import static org.openprocurement.platform.core.tender.EvaluationFixtures.UNKNOWN_BID_ID;
import static org.openprocurement.platform.core.tender.EvaluationFixtures.awarded;
import static org.openprocurement.platform.core.tender.EvaluationFixtures.disqualified;
import static org.openprocurement.platform.core.tender.EvaluationFixtures.disqualify;
import static org.openprocurement.platform.core.tender.EvaluationFixtures.opened;
import static org.openprocurement.platform.core.tender.EvaluationFixtures.qualified;
import static org.openprocurement.platform.core.tender.EvaluationFixtures.qualify;
import static org.openprocurement.platform.core.tender.EvaluationFixtures.quality;
import static org.openprocurement.platform.core.tender.TenderFixtures.COMMITMENT_ID;
import static org.openprocurement.platform.core.tender.TenderFixtures.TENDER_ID;
import static org.openprocurement.platform.core.tender.TenderFixtures.aDraft;
import static org.openprocurement.platform.core.tender.TenderFixtures.cancelled;
import static org.openprocurement.platform.core.tender.TenderFixtures.published;
import static org.openprocurement.platform.core.tender.TenderFixtures.scoring;
import static org.openprocurement.platform.core.tender.TenderFixtures.shanghai;
import static org.openprocurement.platform.core.tender.TenderFixtures.tenderFixture;

import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.openprocurement.platform.core.tender.command.RecordQualification;
import org.openprocurement.platform.core.tender.event.BidQualified;
import org.openprocurement.platform.core.tender.event.Score;

class RecordQualificationTest {

    private final AggregateTestFixture<Tender> fixture = tenderFixture();

    @Test
    void aBidCannotBeQualifiedBeforeTheBoxIsOpened() {
        fixture.given(aDraft().event(), published())
                .when(qualify(ALPHA))
                .expectException(TenderRefusal.WrongTenderStateException.class)
                .expectNoEvents();
    }

    @Test
    void aBidOfADraftCannotBeQualified() {
        fixture.given(aDraft().event())
                .when(qualify(ALPHA))
                .expectException(TenderRefusal.WrongTenderStateException.class)
                .expectNoEvents();
    }

    /** Open tendering at the lowest price; Alpha, Beta and Gamma count, Delta was not confirmed after an amendment. */
    @Nested
    class AnOpenedLowestPriceTender {

        private TestExecutor<Tender> tender;

        @BeforeEach
        void hasFourBidsOfWhichThreeCount() {
            tender = fixture.given(aDraft().event(), published(), opened(ALPHA, BETA, GAMMA, DELTA));
        }

        @Test
        void aQualifiedBidIsRecordedWithTheSupplierOfTheOpenedBid() {
            tender.when(qualify(ALPHA)).expectSuccessfulHandlerExecution().expectEvents(qualified(ALPHA));
        }

        @Test
        void aDisqualifiedBidIsRecordedWithTheSupplierOfTheOpenedBidAndTheReason() {
            tender.when(disqualify(BETA)).expectSuccessfulHandlerExecution().expectEvents(disqualified(BETA));
        }

        @Test
        void aQualificationWithoutAListOfScoresIsRecordedWithAnEmptyOne() {
            tender.when(new RecordQualification(TENDER_ID, GAMMA.bidId(), true, QUALIFIED_REASON, null, DECIDED_AT))
                    .expectEvents(new BidQualified(
                            TENDER_ID, GAMMA.bidId(), GAMMA.supplierId(), List.of(), QUALIFIED_REASON, DECIDED_AT));
        }

        @Test
        void aBidThatWasNeverOpenedIsUnknown() {
            tender.when(new RecordQualification(TENDER_ID, UNKNOWN_BID_ID, true, QUALIFIED_REASON, null, DECIDED_AT))
                    .expectException(TenderRefusal.UnknownBidException.class)
                    .expectNoEvents();
        }

        @Test
        void aBidThatDoesNotCountIsUnknownToTheEvaluation() {
            tender.when(qualify(DELTA))
                    .expectException(TenderRefusal.UnknownBidException.class)
                    .expectNoEvents();
        }

        @Test
        void scoresAreRefusedAtTheLowestPrice() {
            tender.when(qualify(ALPHA, quality(30)))
                    .expectException(TenderRefusal.InvalidScoresException.class)
                    .expectNoEvents();
        }

        @Test
        void aQualifiedBidCanLaterBeDisqualified() {
            tender.andGiven(qualified(ALPHA)).when(disqualify(ALPHA)).expectEvents(disqualified(ALPHA));
        }

        @Test
        void noBidCanBeQualifiedOnceTheTenderIsAwarded() {
            tender.andGiven(
                            qualified(ALPHA),
                            qualified(BETA),
                            qualified(GAMMA),
                            awarded(BETA, shanghai("2026-04-14T15:30"), AWARDED_AT))
                    .when(disqualify(BETA))
                    .expectException(TenderRefusal.WrongTenderStateException.class)
                    .expectNoEvents();
        }

        @Test
        void noBidCanBeQualifiedOnceTheTenderIsCancelled() {
            tender.andGiven(cancelled(COMMITMENT_ID, DECIDED_AT))
                    .when(qualify(ALPHA))
                    .expectException(TenderRefusal.WrongTenderStateException.class)
                    .expectNoEvents();
        }
    }

    /** Comprehensive scoring: price weighs 60 and quality 40. */
    @Nested
    class AnOpenedScoredTender {

        private TestExecutor<Tender> tender;

        @BeforeEach
        void hasThreeCountedBids() {
            tender = fixture.given(aDraft().scoredBy(scoring(60, 40)).event(), published(), opened(ALPHA, BETA, GAMMA));
        }

        @Test
        void aQualifiedBidIsRecordedWithItsScores() {
            tender.when(qualify(ALPHA, quality(35))).expectEvents(qualified(ALPHA, quality(35)));
        }

        @Test
        void aQualifiedBidWithoutScoresIsRefused() {
            tender.when(qualify(ALPHA))
                    .expectException(TenderRefusal.InvalidScoresException.class)
                    .expectNoEvents();
        }

        @Test
        void pointsAboveTheCriterionsWeightAreRefused() {
            tender.when(qualify(ALPHA, quality(41)))
                    .expectException(TenderRefusal.InvalidScoresException.class)
                    .expectNoEvents();
        }

        @Test
        void aScoreForAnUnpublishedCriterionIsRefused() {
            tender.when(qualify(ALPHA, quality(35), new Score("design", 5)))
                    .expectException(TenderRefusal.InvalidScoresException.class)
                    .expectNoEvents();
        }

        @Test
        void aDisqualifiedBidIsRecordedWithoutScores() {
            tender.when(disqualify(GAMMA)).expectEvents(disqualified(GAMMA));
        }

        @Test
        void scoresForADisqualifiedBidAreRefused() {
            tender.when(disqualify(GAMMA, quality(10)))
                    .expectException(TenderRefusal.InvalidScoresException.class)
                    .expectNoEvents();
        }

        @Test
        void aRescoringReplacesTheEarlierScoresOnTheRecord() {
            tender.andGiven(qualified(ALPHA, quality(35)))
                    .when(qualify(ALPHA, quality(25)))
                    .expectEvents(qualified(ALPHA, quality(25)));
        }
    }
}
