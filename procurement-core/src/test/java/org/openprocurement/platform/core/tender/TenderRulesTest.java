package org.openprocurement.platform.core.tender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openprocurement.platform.core.tender.TenderFixtures.CALENDAR;
import static org.openprocurement.platform.core.tender.TenderFixtures.DRAFTED_AT;
import static org.openprocurement.platform.core.tender.TenderFixtures.aDraft;
import static org.openprocurement.platform.core.tender.TenderFixtures.item;
import static org.openprocurement.platform.core.tender.TenderFixtures.scoring;
import static org.openprocurement.platform.core.tender.TenderFixtures.shanghai;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.openprocurement.platform.core.method.AwardCriteria;
import org.openprocurement.platform.core.method.MethodRules;
import org.openprocurement.platform.core.method.ProcurementMethod;
import org.openprocurement.platform.core.method.RuleTable;
import org.openprocurement.platform.core.tender.event.Criterion;

class TenderRulesTest {

    private static final RuleTable TABLE = RuleTable.chinaGovernmentProcurementLaw();

    private static MethodRules rules(ProcurementMethod method) {
        return TABLE.forMethod(method, DRAFTED_AT.atZone(CALENDAR.zone()).toLocalDate());
    }

    @Nested
    class TheEstimatedValue {

        @Test
        void isTheSumOfTheItems() {
            assertThat(TenderRules.estimatedValue(List.of(item("100", "100000.00"), item("3", "2500.50"))))
                    .isEqualByComparingTo("102500.50");
        }

        @Test
        void ofNoItemsIsZero() {
            assertThat(TenderRules.estimatedValue(List.of())).isEqualByComparingTo(BigDecimal.ZERO);
        }
    }

    @Nested
    class ADraft {

        private final MethodRules open = rules(ProcurementMethod.OPEN_TENDERING);

        @Test
        void withTheDefaultsFitsOpenTendering() {
            assertThatCode(() -> TenderRules.requireDraftable(aDraft().command(), open))
                    .doesNotThrowAnyException();
        }

        @Test
        void atTheLowestPriceThatPublishesScoringCriteriaIsRefused() {
            var draft = aDraft().scoredBy(scoring(30, 70)).awardCriteria(AwardCriteria.LOWEST_PRICE);

            assertThatThrownBy(() -> TenderRules.requireDraftable(draft.command(), open))
                    .isInstanceOf(TenderRefusal.ScoringWeightsException.class);
        }

        @Test
        void scoredWithTwoPriceCriteriaIsRefused() {
            var draft = aDraft().scoredBy(
                            List.of(new Criterion("price", 30, true), new Criterion("price again", 70, true)));

            assertThatThrownBy(() -> TenderRules.requireDraftable(draft.command(), open))
                    .isInstanceOf(TenderRefusal.ScoringWeightsException.class);
        }

        @Test
        void whoseItemHasANegativeEstimateIsRefused() {
            var draft = aDraft().items(item("100", "100000.00"), item("1", "-1.00"));

            assertThatThrownBy(() -> TenderRules.requireDraftable(draft.command(), open))
                    .isInstanceOf(TenderRefusal.InvalidTenderException.class);
        }
    }

    @Nested
    class TheTenderingPeriod {

        @Test
        void ofTwentyCalendarDaysIsEnoughForOpenTendering() {
            assertThatCode(() -> TenderRules.requireTenderingPeriod(
                            shanghai("2026-03-12T18:00"),
                            shanghai("2026-04-01T10:00"),
                            rules(ProcurementMethod.OPEN_TENDERING),
                            CALENDAR))
                    .doesNotThrowAnyException();
        }

        @Test
        void ofNineteenCalendarDaysIsNotEnoughForOpenTendering() {
            assertThatThrownBy(() -> TenderRules.requireTenderingPeriod(
                            shanghai("2026-03-13T09:00"),
                            shanghai("2026-04-01T10:00"),
                            rules(ProcurementMethod.OPEN_TENDERING),
                            CALENDAR))
                    .isInstanceOf(TenderRefusal.TenderingPeriodTooShortException.class);
        }

        @Test
        void forSingleSourceIsFiveWorkingDaysAroundTheQingmingHoliday() {
            // From Wednesday 1 April: Thu 2, Fri 3, (Mon 6 is a holiday) Tue 7, Wed 8, Thu 9.
            Instant publishedAt = shanghai("2026-04-01T09:00");
            MethodRules singleSource = rules(ProcurementMethod.SINGLE_SOURCE);

            assertThatThrownBy(() -> TenderRules.requireTenderingPeriod(
                            publishedAt, shanghai("2026-04-08T17:00"), singleSource, CALENDAR))
                    .isInstanceOf(TenderRefusal.TenderingPeriodTooShortException.class);
            assertThatCode(() -> TenderRules.requireTenderingPeriod(
                            publishedAt, shanghai("2026-04-09T09:00"), singleSource, CALENDAR))
                    .doesNotThrowAnyException();
        }
    }

    @Nested
    class TheDeadlineAfterAnAmendment {

        private final Instant deadline = shanghai("2026-04-01T10:00");

        @Test
        void staysWhenTheClarificationNoticeIsLeft() {
            assertThat(TenderRules.deadlineAfterAmendment(
                            shanghai("2026-03-17T23:59"),
                            deadline,
                            deadline,
                            rules(ProcurementMethod.OPEN_TENDERING),
                            CALENDAR))
                    .isEqualTo(deadline);
        }

        @Test
        void movesToTheFirstDayThatLeavesTheNoticeAtTheSameTimeOfDay() {
            assertThat(TenderRules.deadlineAfterAmendment(
                            shanghai("2026-03-18T00:00"),
                            deadline,
                            deadline,
                            rules(ProcurementMethod.OPEN_TENDERING),
                            CALENDAR))
                    .isEqualTo(shanghai("2026-04-02T10:00"));
        }

        @Test
        void isNeverBroughtForward() {
            assertThatThrownBy(() -> TenderRules.deadlineAfterAmendment(
                            shanghai("2026-03-05T10:00"),
                            deadline,
                            shanghai("2026-03-30T10:00"),
                            rules(ProcurementMethod.OPEN_TENDERING),
                            CALENDAR))
                    .isInstanceOf(TenderRefusal.InvalidTenderException.class);
        }

        @Test
        void staysForSingleSourceWhichNeedsNoNotice() {
            assertThat(TenderRules.deadlineAfterAmendment(
                            shanghai("2026-04-01T08:00"),
                            deadline,
                            deadline,
                            rules(ProcurementMethod.SINGLE_SOURCE),
                            CALENDAR))
                    .isEqualTo(deadline);
        }

        @Test
        void forCompetitiveNegotiationSkipsTheHoliday() {
            // Amended Thursday 2 April: Fri 3, (Mon 6 is a holiday) Tue 7, Wed 8.
            assertThat(TenderRules.deadlineAfterAmendment(
                            shanghai("2026-04-02T09:00"),
                            shanghai("2026-04-07T10:00"),
                            shanghai("2026-04-07T10:00"),
                            rules(ProcurementMethod.COMPETITIVE_NEGOTIATION),
                            CALENDAR))
                    .isEqualTo(shanghai("2026-04-08T10:00"));
        }
    }
}
