package org.openprocurement.platform.audit.redflag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openprocurement.platform.audit.redflag.ProcessEvents.AWARDED_AT;
import static org.openprocurement.platform.audit.redflag.ProcessEvents.RULE;
import static org.openprocurement.platform.audit.redflag.ProcessEvents.bid;
import static org.openprocurement.platform.audit.redflag.ProcessEvents.tender;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.openprocurement.platform.core.tender.event.OpenedBid;
import org.openprocurement.platform.core.tender.event.TenderAwarded;
import org.openprocurement.platform.core.tender.event.TenderDrafted;

/** Indicators 6 and 9 over recorded events: the award against the estimate, and repeated wins at one agency. */
class AwardIndicatorsTest {

    private static final OpenedBid ANHE = bid(1, "anhe-medical", "95000.00");
    private static final OpenedBid BODA = bid(2, "boda-technology", "90000.00");

    private static RedFlagContext alone(ProcessRecord process) {
        return new RedFlagContext(List.of(process), RedFlagSettings.defaults(), RULE);
    }

    private static Optional<RedFlag> assess(Indicator indicator, ProcessEvents process) {
        return indicator.assess(process.record(), alone(process.record()));
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
}
