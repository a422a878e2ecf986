package org.openprocurement.platform.audit.redflag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openprocurement.platform.audit.redflag.ProcessEvents.AWARDED_AT;
import static org.openprocurement.platform.audit.redflag.ProcessEvents.RULE;
import static org.openprocurement.platform.audit.redflag.ProcessEvents.bid;
import static org.openprocurement.platform.audit.redflag.ProcessEvents.tender;
import static org.openprocurement.platform.audit.redflag.ProcessEvents.uncounted;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.openprocurement.platform.core.method.ProcurementMethod;
import org.openprocurement.platform.core.tender.event.BidDisqualified;
import org.openprocurement.platform.core.tender.event.BidsOpened;
import org.openprocurement.platform.core.tender.event.OpenedBid;
import org.openprocurement.platform.core.tender.event.TenderAmended;
import org.openprocurement.platform.core.tender.event.TenderAwarded;
import org.openprocurement.platform.core.tender.event.TenderDrafted;
import org.openprocurement.platform.core.tender.event.TenderPublished;

/** Each indicator over recorded events: the flag it raises, with the events it rests on, and when it stays quiet. */
class RedFlagsTest {

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
    class SingleBidInACompetitiveMethod {

        private final Indicator indicator = new SingleBid();

        @Test
        void oneCountedBidInAnOpenTenderIsFlaggedOnTheDraftAndTheOpening() {
            ProcessEvents process = tender(1).published().opened(ANHE, uncounted(2, "boda-technology", "90000"));

            assertThat(assess(indicator, process)).hasValueSatisfying(flag -> {
                assertThat(flag.code()).isEqualTo("single-bid");
                assertThat(flag.eventIds())
                        .containsExactly(process.idOf(TenderDrafted.class), process.idOf(BidsOpened.class));
            });
        }

        @Test
        void threeBidsAreNotFlagged() {
            assertThat(assess(indicator, tender(1).published().opened(ANHE, BODA, CHENGUANG)))
                    .isEmpty();
        }

        @Test
        void oneBidInASingleSourceProcedureIsNotFlagged() {
            assertThat(assess(
                            indicator,
                            tender(1)
                                    .method(ProcurementMethod.SINGLE_SOURCE)
                                    .published()
                                    .opened(ANHE)))
                    .isEmpty();
        }

        @Test
        void noBidAtAllIsNotASingleBid() {
            assertThat(assess(indicator, tender(1).published().opened())).isEmpty();
        }
    }

    @Nested
    class ShortTenderingPeriodIndicator {

        private final Indicator indicator = new ShortTenderingPeriod();

        @Test
        void aRequestForQuotationOpenForFiveDaysIsLegalButUnderFifteenDays() {
            ProcessEvents process =
                    tender(1).method(ProcurementMethod.REQUEST_FOR_QUOTATION).publishedFor(Duration.ofDays(5));

            assertThat(assess(indicator, process)).hasValueSatisfying(flag -> {
                assertThat(flag.detail()).contains("5 days").contains("under 15 days");
                assertThat(flag.eventIds())
                        .containsExactly(process.idOf(TenderDrafted.class), process.idOf(TenderPublished.class));
            });
        }

        @Test
        void anOpenTenderWithSeventeenDaysIsBelowItsMethodsMinimum() {
            ProcessEvents process = tender(1).publishedFor(Duration.ofDays(17));

            assertThat(assess(indicator, process))
                    .hasValueSatisfying(flag -> assertThat(flag.detail()).contains("legal minimum"));
        }

        @Test
        void anAmendmentThatGaveBiddersEnoughTimeClearsTheFlag() {
            assertThat(assess(
                            indicator,
                            tender(1).publishedFor(Duration.ofDays(17)).amendedTo(Duration.ofDays(22))))
                    .isEmpty();
        }

        @Test
        void theDeadlineInForceIsTheLastAmendmentsAndTheFlagCitesIt() {
            ProcessEvents process = tender(1)
                    .method(ProcurementMethod.COMPETITIVE_NEGOTIATION)
                    .publishedFor(Duration.ofDays(4))
                    .amendedTo(Duration.ofDays(10));

            assertThat(assess(indicator, process))
                    .hasValueSatisfying(
                            flag -> assertThat(flag.eventIds()).endsWith(process.idOf(TenderAmended.class)));
        }

        @Test
        void thirtyDaysForAnOpenTenderAreNotFlagged() {
            assertThat(assess(indicator, tender(1).published())).isEmpty();
        }

        @Test
        void aSingleSourcePublicityOfSevenDaysMeetsItsMinimumAndIsNotTendering() {
            assertThat(assess(
                            indicator,
                            tender(1).method(ProcurementMethod.SINGLE_SOURCE).publishedFor(Duration.ofDays(7))))
                    .isEmpty();
        }
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

    @Nested
    class AwardFarBelowTheEstimate {

        private final Indicator indicator = new AwardFarBelowEstimate();

        @Test
        void anAwardExactlyThirtyPercentBelowIsFlagged() {
            OpenedBid low = bid(4, "dongfang-instruments", "70000.00");
            ProcessEvents process = tender(1).published().opened(ANHE, low).awarded(low);

            assertThat(assess(indicator, process)).hasValueSatisfying(flag -> {
                assertThat(flag.detail()).contains("30.0% below");
                assertThat(flag.eventIds())
                        .containsExactly(process.idOf(TenderDrafted.class), process.idOf(TenderAwarded.class));
            });
        }

        @Test
        void anAwardTwentyNinePercentBelowIsNotFlagged() {
            OpenedBid near = bid(4, "dongfang-instruments", "70000.01");

            assertThat(assess(
                            indicator, tender(1).published().opened(ANHE, near).awarded(near)))
                    .isEmpty();
        }

        @Test
        void noAwardNoFlag() {
            assertThat(assess(indicator, tender(1).published().opened(bid(4, "dongfang-instruments", "1.00"))))
                    .isEmpty();
        }
    }

    @Nested
    class RepeatWinnerAtOneAgency {

        private final Indicator indicator = new RepeatWinner();

        private ProcessRecord wonBy(int number, OpenedBid bid, String buyer, Duration beforeAward) {
            return tender(number)
                    .buyer(buyer)
                    .published()
                    .opened(bid)
                    .awarded(bid, AWARDED_AT.minus(beforeAward))
                    .record();
        }

        @Test
        void theThirdAwardWithinAYearIsFlaggedOnAllThreeAwards() {
            ProcessRecord first = wonBy(1, BODA, "city-health", Duration.ofDays(300));
            ProcessRecord second = wonBy(2, BODA, "city-health", Duration.ofDays(100));
            ProcessRecord third = wonBy(3, BODA, "city-health", Duration.ZERO);
            RedFlagContext agency = new RedFlagContext(List.of(third, first, second), RedFlagSettings.defaults(), RULE);

            assertThat(indicator.assess(third, agency))
                    .hasValueSatisfying(flag -> assertThat(flag.eventIds())
                            .containsExactly(awardOf(first), awardOf(second), awardOf(third)));
            assertThat(indicator.assess(second, agency))
                    .as("an earlier award keeps its flags")
                    .isEmpty();
        }

        @Test
        void awardsOutsideThePeriodOrFromAnotherAgencyOrToAnotherSupplierDoNotCount() {
            ProcessRecord longAgo = wonBy(1, BODA, "city-health", Duration.ofDays(400));
            ProcessRecord elsewhere = wonBy(2, BODA, "city-education", Duration.ofDays(10));
            ProcessRecord other = wonBy(3, ANHE, "city-health", Duration.ofDays(5));
            ProcessRecord recent = wonBy(4, BODA, "city-health", Duration.ofDays(20));
            ProcessRecord now = wonBy(5, BODA, "city-health", Duration.ZERO);
            RedFlagContext agency = new RedFlagContext(
                    List.of(longAgo, elsewhere, other, recent, now), RedFlagSettings.defaults(), RULE);

            assertThat(indicator.assess(now, agency)).isEmpty();
        }

        @Test
        void theThresholdIsConfigurable() {
            ProcessRecord earlier = wonBy(1, BODA, "city-health", Duration.ofDays(30));
            ProcessRecord now = wonBy(2, BODA, "city-health", Duration.ZERO);
            RedFlagContext twice =
                    new RedFlagContext(List.of(earlier, now), new RedFlagSettings(2, Duration.ofDays(90)), RULE);

            assertThat(indicator.assess(now, twice)).isPresent();
            assertThat(indicator.assess(
                            now, new RedFlagContext(List.of(earlier, now), RedFlagSettings.defaults(), RULE)))
                    .isEmpty();
        }

        private static String awardOf(ProcessRecord process) {
            return process.first(TenderAwarded.class).orElseThrow().eventId();
        }
    }

    @Test
    void theStandardSetReportsFlagsInIndicatorOrderAndTheSameTwice() {
        ProcessRecord process = tender(1)
                .method(ProcurementMethod.REQUEST_FOR_QUOTATION)
                .publishedFor(Duration.ofDays(5))
                .opened(ANHE, bid(2, "boda-technology", "95000"), bid(3, "chenguang-office", "60000"))
                .disqualified(bid(3, "chenguang-office", "60000"))
                .awarded(ANHE)
                .record();
        RedFlags flags = RedFlags.standard();

        List<RedFlag> first = flags.of(process, alone(process));

        assertThat(first)
                .extracting(RedFlag::code)
                .containsExactly("short-tendering-period", "lowest-bid-disqualified", "identical-bid-prices");
        assertThat(flags.of(new ProcessRecord(process.processId(), List.copyOf(process.events())), alone(process)))
                .isEqualTo(first);
        assertThat(flags.indicators())
                .extracting(Indicator::code)
                .doesNotHaveDuplicates()
                .hasSize(7);
    }
}
