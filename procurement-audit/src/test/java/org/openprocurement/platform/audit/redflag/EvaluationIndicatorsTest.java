package org.openprocurement.platform.audit.redflag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openprocurement.platform.audit.redflag.ProcessEvents.RULE;
import static org.openprocurement.platform.audit.redflag.ProcessEvents.bid;
import static org.openprocurement.platform.audit.redflag.ProcessEvents.tender;
import static org.openprocurement.platform.audit.redflag.ProcessEvents.uncounted;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.openprocurement.platform.core.tender.event.BidDisqualified;
import org.openprocurement.platform.core.tender.event.BidsOpened;
import org.openprocurement.platform.core.tender.event.OpenedBid;
import org.openprocurement.platform.core.tender.event.TenderAwarded;
import org.openprocurement.platform.core.tender.event.TenderDrafted;

/** Indicators 3, 4 and 5 over recorded events: disqualifications and bid prices. */
class EvaluationIndicatorsTest {

    private static final OpenedBid ANHE = bid(1, "anhe-medical", "95000.00");
    private static final OpenedBid BODA = bid(2, "boda-technology", "90000.00");
    private static final OpenedBid CHENGUANG = bid(3, "chenguang-office", "99000.00");

    private static RedFlagContext alone(ProcessRecord process) {
        return new RedFlagContext(List.of(process), RedFlagSettings.defaults(), RULE);
    }

    private static Optional<RedFlag> assess(Indicator indicator, ProcessEvents process) {
        return indicator.assess(process.record(), alone(process.record()));
    }

    @Nested
    class EveryBidButTheWinnersDisqualified {

        private final Indicator indicator = new AllButWinnerDisqualified();

        @Test
        void isFlaggedOnTheOpeningEachDisqualificationAndTheAward() {
            ProcessEvents process = tender(1)
                    .published()
                    .opened(ANHE, BODA, CHENGUANG)
                    .disqualified(BODA)
                    .disqualified(ANHE)
                    .qualified(CHENGUANG)
                    .awarded(CHENGUANG);

            assertThat(assess(indicator, process))
                    .hasValueSatisfying(flag -> assertThat(flag.eventIds())
                            .containsExactly(
                                    process.idOf(BidsOpened.class),
                                    process.record()
                                            .all(BidDisqualified.class)
                                            .get(0)
                                            .eventId(),
                                    process.idOf(BidDisqualified.class),
                                    process.idOf(TenderAwarded.class)));
        }

        @Test
        void oneOtherQualifiedBidIsEnoughNotToFlag() {
            assertThat(assess(
                            indicator,
                            tender(1)
                                    .published()
                                    .opened(ANHE, BODA, CHENGUANG)
                                    .disqualified(ANHE)
                                    .qualified(BODA)
                                    .qualified(CHENGUANG)
                                    .awarded(BODA)))
                    .isEmpty();
        }

        @Test
        void aProcessWithoutAnAwardIsNotFlagged() {
            assertThat(assess(
                            indicator, tender(1).published().opened(ANHE, BODA).disqualified(ANHE)))
                    .isEmpty();
        }
    }

    @Nested
    class LowestBidDisqualifiedUnderLowestPrice {

        private final Indicator indicator = new LowestBidDisqualified();

        @Test
        void isFlaggedWithTheDisqualification() {
            ProcessEvents process = tender(1)
                    .published()
                    .opened(ANHE, BODA, CHENGUANG)
                    .disqualified(BODA)
                    .awarded(ANHE);

            assertThat(assess(indicator, process)).hasValueSatisfying(flag -> {
                assertThat(flag.detail()).contains("90000.00").contains("No bid security");
                assertThat(flag.eventIds())
                        .containsExactly(
                                process.idOf(TenderDrafted.class),
                                process.idOf(BidsOpened.class),
                                process.idOf(BidDisqualified.class));
            });
        }

        @Test
        void disqualifyingAHigherBidIsNotFlagged() {
            assertThat(assess(
                            indicator,
                            tender(1).published().opened(ANHE, BODA, CHENGUANG).disqualified(CHENGUANG)))
                    .isEmpty();
        }

        @Test
        void underComprehensiveScoringTheLowestPriceNeedNotWin() {
            assertThat(assess(
                            indicator,
                            tender(1).scoring().published().opened(ANHE, BODA).disqualified(BODA)))
                    .isEmpty();
        }
    }

    @Nested
    class IdenticalBidPricesIndicator {

        private final Indicator indicator = new IdenticalBidPrices();

        @Test
        void twoSuppliersOfferingTheSameAmountAreFlaggedWhateverTheScale() {
            ProcessEvents process = tender(1).published().opened(ANHE, bid(2, "boda-technology", "95000"), CHENGUANG);

            assertThat(assess(indicator, process)).hasValueSatisfying(flag -> {
                assertThat(flag.detail()).contains("2 bids at 95000");
                assertThat(flag.eventIds()).containsExactly(process.idOf(BidsOpened.class));
            });
        }

        @Test
        void differentPricesAreNotFlagged() {
            assertThat(assess(indicator, tender(1).published().opened(ANHE, BODA, CHENGUANG)))
                    .isEmpty();
        }

        @Test
        void aBidThatDidNotCountIsLeftOut() {
            assertThat(assess(
                            indicator,
                            tender(1).published().opened(ANHE, BODA, uncounted(3, "chenguang-office", "95000.00"))))
                    .isEmpty();
        }
    }
}
