package org.openprocurement.platform.core.tender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openprocurement.platform.core.tender.EvaluationFixtures.ALPHA;
import static org.openprocurement.platform.core.tender.EvaluationFixtures.BETA;
import static org.openprocurement.platform.core.tender.EvaluationFixtures.DELTA;
import static org.openprocurement.platform.core.tender.EvaluationFixtures.GAMMA;
import static org.openprocurement.platform.core.tender.EvaluationFixtures.UNKNOWN_BID_ID;
import static org.openprocurement.platform.core.tender.EvaluationFixtures.counted;
import static org.openprocurement.platform.core.tender.EvaluationFixtures.quality;
import static org.openprocurement.platform.core.tender.TenderFixtures.money;
import static org.openprocurement.platform.core.tender.TenderFixtures.scoring;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.openprocurement.platform.core.method.AwardCriteria;
import org.openprocurement.platform.core.tender.event.Criterion;
import org.openprocurement.platform.core.tender.event.OpenedBid;
import org.openprocurement.platform.core.tender.event.Score;

class EvaluationTest {

    private static final List<OpenedBid> THE_BOX = List.of(ALPHA, BETA, GAMMA, DELTA);

    private static Evaluation atTheLowestPrice(List<OpenedBid> bids) {
        return new Evaluation(AwardCriteria.LOWEST_PRICE, List.of(), bids);
    }

    private static Evaluation scoredBy(List<Criterion> criteria, List<OpenedBid> bids) {
        return new Evaluation(AwardCriteria.COMPREHENSIVE_SCORING, criteria, bids);
    }

    private static RankedBid ranked(int rank, OpenedBid bid, String score) {
        return new RankedBid(rank, bid.bidId(), bid.supplierId(), bid.price(), money(score));
    }

    private static void qualifyAll(Evaluation evaluation, OpenedBid... bids) {
        for (OpenedBid bid : bids) {
            evaluation.qualify(bid.bidId(), List.of());
        }
    }

    @Nested
    class AtTheLowestPrice {

        private final Evaluation evaluation = atTheLowestPrice(THE_BOX);

        @Test
        void qualifiedBidsRankByPriceCheapestFirst() {
            qualifyAll(evaluation, ALPHA, GAMMA, BETA);

            assertThat(evaluation.ranking())
                    .containsExactly(
                            ranked(1, BETA, "88500.00"), ranked(2, ALPHA, "92000.00"), ranked(3, GAMMA, "95000.00"));
        }

        @Test
        void aDisqualifiedBidIsNotRankedHoweverCheapItIs() {
            qualifyAll(evaluation, ALPHA, GAMMA);
            evaluation.disqualify(BETA.bidId());

            assertThat(evaluation.ranking())
                    .containsExactly(ranked(1, ALPHA, "92000.00"), ranked(2, GAMMA, "95000.00"));
            assertThat(evaluation.qualifiedCount()).isEqualTo(2);
        }

        @Test
        void equalPricesRankByTheSupplierIdentifier() {
            OpenedBid later = counted("3c9a6f10-2b7d-4e55-8f20-000000000011", "SUP-0009", "88500.00");
            OpenedBid earlier = counted("3c9a6f10-2b7d-4e55-8f20-000000000012", "SUP-0005", "88500.00");
            Evaluation tie = atTheLowestPrice(List.of(later, earlier));
            qualifyAll(tie, later, earlier);

            assertThat(tie.ranking()).containsExactly(ranked(1, earlier, "88500.00"), ranked(2, later, "88500.00"));
        }

        @Test
        void takesNoScores() {
            assertThatThrownBy(() -> evaluation.requireValidScores(true, List.of(quality(10))))
                    .isInstanceOf(TenderRefusal.InvalidScoresException.class);
        }

        @Test
        void qualifiesWithoutScores() {
            assertThatCode(() -> evaluation.requireValidScores(true, null)).doesNotThrowAnyException();
            assertThatCode(() -> evaluation.requireValidScores(true, List.of())).doesNotThrowAnyException();
        }
    }

    /** Price weighs 60 and quality 40: the price score is lowest qualified price / price x 60, to 4 decimals. */
    @Nested
    class ByComprehensiveScoring {

        private final Evaluation evaluation = scoredBy(scoring(60, 40), THE_BOX);

        @Test
        void ranksByPriceScorePlusPointsHighestFirst() {
            evaluation.qualify(ALPHA.bidId(), List.of(quality(40)));
            evaluation.qualify(BETA.bidId(), List.of(quality(10)));
            evaluation.qualify(GAMMA.bidId(), List.of(quality(20)));

            // Alpha 88500/92000 x 60 = 57.71739.. -> 57.7174; Gamma 88500/95000 x 60 = 55.89473.. -> 55.8947.
            assertThat(evaluation.ranking())
                    .containsExactly(
                            ranked(1, ALPHA, "97.7174"), ranked(2, GAMMA, "75.8947"), ranked(3, BETA, "70.0000"));
        }

        @Test
        void theLowestPriceIsTakenFromTheQualifiedBidsOnly() {
            evaluation.qualify(ALPHA.bidId(), List.of(quality(40)));
            evaluation.disqualify(BETA.bidId());
            evaluation.qualify(GAMMA.bidId(), List.of(quality(20)));

            // Beta (88,500) and the uncounted Delta (80,000) are cheaper, but Alpha's 92,000 is the base.
            assertThat(evaluation.ranking()).containsExactly(ranked(1, ALPHA, "100.0000"), ranked(2, GAMMA, "78.1053"));
        }

        @Test
        void thePriceScoreIsRoundedHalfUpToFourDecimals() {
            OpenedBid cheap = counted("3c9a6f10-2b7d-4e55-8f20-000000000031", "SUP-0031", "10000.00");
            OpenedBid dear = counted("3c9a6f10-2b7d-4e55-8f20-000000000032", "SUP-0032", "25600.00");
            Evaluation halves = scoredBy(scoring(50, 50), List.of(cheap, dear));
            halves.qualify(cheap.bidId(), List.of(quality(0)));
            halves.qualify(dear.bidId(), List.of(quality(0)));

            // 10000 / 25600 x 50 = 19.53125 exactly: half up gives 19.5313, half even or half down 19.5312.
            assertThat(halves.ranking()).containsExactly(ranked(1, cheap, "50.0000"), ranked(2, dear, "19.5313"));
        }

        @Test
        void equalScoresRankTheLowerPriceFirstThenBySupplierIdentifier() {
            OpenedBid rich = counted("3c9a6f10-2b7d-4e55-8f20-000000000021", "SUP-0019", "100000.00");
            OpenedBid lean = counted("3c9a6f10-2b7d-4e55-8f20-000000000022", "SUP-0021", "80000.00");
            OpenedBid twin = counted("3c9a6f10-2b7d-4e55-8f20-000000000023", "SUP-0020", "80000.00");
            Evaluation tie = scoredBy(scoring(60, 40), List.of(rich, lean, twin));
            tie.qualify(rich.bidId(), List.of(quality(32)));
            tie.qualify(lean.bidId(), List.of(quality(20)));
            tie.qualify(twin.bidId(), List.of(quality(20)));

            // All three total 80: 48 + 32 for the dearer bid, 60 + 20 for the two at 80,000.
            assertThat(tie.ranking())
                    .containsExactly(
                            ranked(1, twin, "80.0000"), ranked(2, lean, "80.0000"), ranked(3, rich, "80.0000"));
        }
    }

    /** Price weighs 60, quality 30 and delivery 10: a qualified bid gets one score from 0 to 30 and 0 to 10. */
    @Nested
    class TheScoresOfABid {

        private final Evaluation evaluation = scoredBy(
                List.of(
                        new Criterion("price", 60, true),
                        new Criterion("quality", 30, false),
                        new Criterion("delivery", 10, false)),
                THE_BOX);

        private void assertRefused(boolean qualifies, List<Score> scores) {
            assertThatThrownBy(() -> evaluation.requireValidScores(qualifies, scores))
                    .isInstanceOf(TenderRefusal.InvalidScoresException.class);
        }

        @Test
        void fromZeroUpToEachWeightAreValid() {
            assertThatCode(() -> evaluation.requireValidScores(
                            true, List.of(new Score("delivery", 0), new Score("quality", 30))))
                    .doesNotThrowAnyException();
        }

        @Test
        void missingACriterionAreRefused() {
            assertRefused(true, List.of(new Score("quality", 20)));
        }

        @Test
        void missingAltogetherAreRefused() {
            assertRefused(true, null);
        }

        @Test
        void namingAnUnpublishedCriterionAreRefused() {
            assertRefused(true, List.of(new Score("quality", 20), new Score("delivery", 5), new Score("design", 1)));
        }

        @Test
        void scoringThePriceCriterionAreRefused() {
            assertRefused(true, List.of(new Score("quality", 20), new Score("delivery", 5), new Score("price", 50)));
        }

        @Test
        void scoringACriterionTwiceAreRefused() {
            assertRefused(true, List.of(new Score("quality", 20), new Score("quality", 10), new Score("delivery", 5)));
        }

        @Test
        void aboveACriterionsWeightAreRefused() {
            assertRefused(true, List.of(new Score("quality", 31), new Score("delivery", 5)));
        }

        @Test
        void belowZeroAreRefused() {
            assertRefused(true, List.of(new Score("quality", 20), new Score("delivery", -1)));
        }

        @Test
        void givenToADisqualifiedBidAreRefused() {
            assertRefused(false, List.of(new Score("quality", 20), new Score("delivery", 5)));
        }

        @Test
        void areNotNeededToDisqualifyABid() {
            assertThatCode(() -> evaluation.requireValidScores(false, List.of()))
                    .doesNotThrowAnyException();
        }
    }

    @Nested
    class TheCountedBids {

        private final Evaluation evaluation = atTheLowestPrice(THE_BOX);

        @Test
        void areFoundByTheirIdentifier() {
            assertThat(evaluation.countedBid(BETA.bidId())).isEqualTo(BETA);
        }

        @Test
        void doNotIncludeABidNotConfirmedAfterTheLastAmendment() {
            assertThatThrownBy(() -> evaluation.countedBid(DELTA.bidId()))
                    .isInstanceOf(TenderRefusal.UnknownBidException.class);
        }

        @Test
        void doNotIncludeABidThatWasNeverOpened() {
            assertThatThrownBy(() -> evaluation.countedBid(UNKNOWN_BID_ID))
                    .isInstanceOf(TenderRefusal.UnknownBidException.class);
        }
    }

    @Nested
    class TheEvaluation {

        private final Evaluation evaluation = atTheLowestPrice(THE_BOX);

        @Test
        void isIncompleteBeforeAnyDecision() {
            assertThat(evaluation.complete()).isFalse();
        }

        @Test
        void isIncompleteWhileOneCountedBidIsUndecided() {
            qualifyAll(evaluation, ALPHA, BETA);

            assertThat(evaluation.complete()).isFalse();
        }

        @Test
        void isCompleteOnceEveryCountedBidIsQualifiedOrDisqualifiedWhateverBecomesOfTheUncountedOne() {
            qualifyAll(evaluation, ALPHA, BETA);
            evaluation.disqualify(GAMMA.bidId());

            assertThat(evaluation.complete()).isTrue();
        }
    }

    @Nested
    class ALaterDecisionOnTheSameBid {

        @Test
        void disqualifyingAQualifiedBidTakesItOutOfTheRanking() {
            Evaluation evaluation = atTheLowestPrice(THE_BOX);
            qualifyAll(evaluation, ALPHA, BETA, GAMMA);

            evaluation.disqualify(BETA.bidId());

            assertThat(evaluation.qualifiedCount()).isEqualTo(2);
            assertThat(evaluation.ranking())
                    .containsExactly(ranked(1, ALPHA, "92000.00"), ranked(2, GAMMA, "95000.00"));
        }

        @Test
        void qualifyingADisqualifiedBidPutsItIntoTheRanking() {
            Evaluation evaluation = atTheLowestPrice(THE_BOX);
            evaluation.disqualify(BETA.bidId());
            qualifyAll(evaluation, ALPHA, GAMMA);

            evaluation.qualify(BETA.bidId(), List.of());

            assertThat(evaluation.qualifiedCount()).isEqualTo(3);
            assertThat(evaluation.ranking()).first().isEqualTo(ranked(1, BETA, "88500.00"));
        }

        @Test
        void replacesTheEarlierScores() {
            Evaluation evaluation = scoredBy(scoring(60, 40), THE_BOX);
            evaluation.qualify(ALPHA.bidId(), List.of(quality(40)));
            evaluation.qualify(BETA.bidId(), List.of(quality(10)));

            evaluation.qualify(BETA.bidId(), List.of(quality(40)));

            assertThat(evaluation.ranking()).containsExactly(ranked(1, BETA, "100.0000"), ranked(2, ALPHA, "97.7174"));
        }
    }
}
