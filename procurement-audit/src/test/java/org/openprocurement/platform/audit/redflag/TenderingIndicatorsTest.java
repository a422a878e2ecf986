package org.openprocurement.platform.audit.redflag;

import static org.assertj.core.api.Assertions.assertThat;
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
import org.openprocurement.platform.core.tender.event.BidsOpened;
import org.openprocurement.platform.core.tender.event.OpenedBid;
import org.openprocurement.platform.core.tender.event.TenderAmended;
import org.openprocurement.platform.core.tender.event.TenderDrafted;
import org.openprocurement.platform.core.tender.event.TenderPublished;

/** Indicators 1 and 2 over recorded events: who bid, and how long they had to. */
class TenderingIndicatorsTest {

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
}
