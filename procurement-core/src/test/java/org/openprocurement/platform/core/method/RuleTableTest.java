package org.openprocurement.platform.core.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RuleTableTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-03-02");
    private static final String HEADER = "method,rule,value,source,effective_from\n";

    private static RuleTable read(String csv) throws IOException {
        return RuleTable.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    }

    @Nested
    class TheShippedChineseTable {

        private final RuleTable table = RuleTable.chinaGovernmentProcurementLaw();

        private MethodRules rules(ProcurementMethod method) {
            return table.forMethod(method, TODAY);
        }

        @Test
        void loadsFromTheClasspath() {
            assertThat(table.rules())
                    .extracting(Rule::name)
                    .contains("minimum-tendering-period", "award-criteria", "standstill");
        }

        @ParameterizedTest(name = "{0}")
        @EnumSource(ProcurementMethod.class)
        void givesEveryMethodATenderingPeriodAMinimumOfBidsAndAwardCriteria(ProcurementMethod method) {
            MethodRules rules = rules(method);

            assertThat(rules.minimumTenderingPeriod().amount()).isPositive();
            assertThat(rules.minimumQualifiedBids()).isPositive();
            assertThat(rules.awardCriteria()).isNotEmpty();
        }

        @Test
        void givesOpenTenderingTwentyCalendarDaysThreeBidsAndFifteenDaysOfClarificationNotice() {
            MethodRules open = rules(ProcurementMethod.OPEN_TENDERING);

            assertThat(open.minimumTenderingPeriod()).isEqualTo(new TimeLimit(20, false));
            assertThat(open.minimumQualifiedBids()).isEqualTo(3);
            assertThat(open.clarificationNotice()).isEqualTo(new TimeLimit(15, false));
            assertThat(open.awardCriteria())
                    .containsExactlyInAnyOrder(AwardCriteria.LOWEST_PRICE, AwardCriteria.COMPREHENSIVE_SCORING);
            assertThat(open.invitationOnly()).isFalse();
        }

        @ParameterizedTest(name = "{0}")
        @EnumSource(names = {"COMPETITIVE_NEGOTIATION", "REQUEST_FOR_QUOTATION"})
        void givesNegotiationAndQuotationThreeWorkingDaysAndTheLowestPriceOnly(ProcurementMethod method) {
            MethodRules rules = rules(method);

            assertThat(rules.minimumTenderingPeriod()).isEqualTo(new TimeLimit(3, true));
            assertThat(rules.awardCriteria()).containsExactly(AwardCriteria.LOWEST_PRICE);
        }

        @Test
        void makesSingleSourceInviteExactlyOneJustifiedSupplier() {
            MethodRules single = rules(ProcurementMethod.SINGLE_SOURCE);

            assertThat(single.exactInvitedSuppliers()).isEqualTo(1);
            assertThat(single.justificationRequired()).isTrue();
            assertThat(single.invitationOnly()).isTrue();
        }

        @Test
        void makesInvitationalTenderingInviteAtLeastThreeSuppliers() {
            MethodRules invitational = rules(ProcurementMethod.INVITATIONAL_TENDERING);

            assertThat(invitational.invitationOnly()).isTrue();
            assertThat(invitational.minimumInvitedSuppliers()).isEqualTo(3);
            assertThat(invitational.justificationRequired()).isFalse();
        }

        @Test
        void weighsPriceAtLeastThirtyPercentForGoodsAndTenForServices() {
            MethodRules open = rules(ProcurementMethod.OPEN_TENDERING);

            assertThat(open.minimumPriceWeight(ProcurementCategory.GOODS)).isEqualTo(30);
            assertThat(open.minimumPriceWeight(ProcurementCategory.SERVICES)).isEqualTo(10);
        }

        // Rule names are ASCII: a server whose default locale is Turkish lower-cases "SERVICES" to "servıces".
        @Test
        void findsThePriceWeightForServicesWhateverTheDefaultLocale() {
            Locale before = Locale.getDefault();
            Locale display = Locale.getDefault(Locale.Category.DISPLAY);
            Locale format = Locale.getDefault(Locale.Category.FORMAT);
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            try {
                assertThat(rules(ProcurementMethod.OPEN_TENDERING).minimumPriceWeight(ProcurementCategory.SERVICES))
                        .isEqualTo(10);
            } finally {
                Locale.setDefault(before);
                Locale.setDefault(Locale.Category.DISPLAY, display);
                Locale.setDefault(Locale.Category.FORMAT, format);
            }
        }

        @Test
        void citesALegalSourceOnEveryRow() {
            assertThat(table.rules())
                    .allSatisfy(rule -> assertThat(rule.source())
                            .as("source of %s %s", rule.method(), rule.name())
                            .isNotBlank());
        }
    }

    @Nested
    class EffectiveDates {

        private final RuleTable table;

        EffectiveDates() throws IOException {
            table = read(HEADER
                    + "OPEN_TENDERING,minimum-tendering-period,20 days,Order 87,2017-10-01\n"
                    + "OPEN_TENDERING,minimum-tendering-period,25 days,A later order,2027-01-01\n");
        }

        private TimeLimit periodOn(String day) {
            return table.forMethod(ProcurementMethod.OPEN_TENDERING, LocalDate.parse(day))
                    .minimumTenderingPeriod();
        }

        @Test
        void theOlderValueHoldsUntilTheDayBeforeTheNewerOne() {
            assertThat(periodOn("2026-12-31")).isEqualTo(new TimeLimit(20, false));
        }

        @Test
        void theNewerValueHoldsFromItsFirstDay() {
            assertThat(periodOn("2027-01-01")).isEqualTo(new TimeLimit(25, false));
            assertThat(periodOn("2030-06-15")).isEqualTo(new TimeLimit(25, false));
        }

        @Test
        void noRuleHoldsBeforeTheFirstRow() {
            assertThatThrownBy(() -> periodOn("2017-09-30")).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void aMethodsOwnRowBeatsARowForEveryMethodWhicheverComesFirst() throws IOException {
        RuleTable table = read(HEADER
                + "*,minimum-price-weight-goods,30,General,2017-10-01\n"
                + "OPEN_TENDERING,minimum-price-weight-goods,40,Own,2017-10-01\n"
                + "*,minimum-price-weight-goods,35,General and newer,2020-01-01\n");

        assertThat(table.forMethod(ProcurementMethod.OPEN_TENDERING, TODAY)
                        .minimumPriceWeight(ProcurementCategory.GOODS))
                .isEqualTo(40);
        assertThat(table.forMethod(ProcurementMethod.SINGLE_SOURCE, TODAY)
                        .minimumPriceWeight(ProcurementCategory.GOODS))
                .isEqualTo(35);
    }

    @Test
    void aLineWithTheWrongNumberOfFieldsIsRefused() {
        assertThatThrownBy(() -> read(HEADER + "OPEN_TENDERING,minimum-qualified-bids,3,2003-01-01\n"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void quotedFieldsMayHoldCommasAndDoubledQuotes() throws IOException {
        RuleTable table = read("# a comment line\n\n" + HEADER
                + "SINGLE_SOURCE,justification-required,yes,\"GPL art. 31, \"\"one supplier\"\"\",2003-01-01\n");

        assertThat(table.rules()).singleElement().satisfies(rule -> {
            assertThat(rule.method()).isEqualTo(ProcurementMethod.SINGLE_SOURCE);
            assertThat(rule.source()).isEqualTo("GPL art. 31, \"one supplier\"");
            assertThat(rule.effectiveFrom()).isEqualTo(LocalDate.parse("2003-01-01"));
        });
    }

    @Test
    void aRowForEveryMethodIsReadWithoutAMethod() throws IOException {
        RuleTable table = read(HEADER + "*,standstill,7 working-days,Platform rule,2003-01-01\n");

        assertThat(table.rules()).singleElement().extracting(Rule::method).isNull();
        assertThat(table.forMethod(ProcurementMethod.REQUEST_FOR_QUOTATION, TODAY)
                        .standstill())
                .isEqualTo(new TimeLimit(7, true));
    }
}
