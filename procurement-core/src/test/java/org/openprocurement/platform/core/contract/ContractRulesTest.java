package org.openprocurement.platform.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openprocurement.platform.core.contract.ContractFixtures.CALENDAR;
import static org.openprocurement.platform.core.contract.ContractFixtures.money;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openprocurement.platform.core.method.MethodRules;
import org.openprocurement.platform.core.method.ProcurementMethod;
import org.openprocurement.platform.core.method.RuleTable;

class ContractRulesTest {

    private final MethodRules rules = RuleTable.chinaGovernmentProcurementLaw()
            .forMethod(ProcurementMethod.COMPETITIVE_NEGOTIATION, LocalDate.parse("2026-04-07"));

    @Test
    void theSignaturePeriodIsThirtyCalendarDaysAtTheAwardsTimeOfDayInTheFiscalZone() {
        // 23:30 on 31 January in Shanghai is 15:30 UTC; thirty days on is 2 March, 23:30 in Shanghai.
        Instant awarded = Instant.parse("2026-01-31T15:30:00Z");

        assertThat(ContractRules.signatureDue(awarded, rules, CALENDAR))
                .isEqualTo(Instant.parse("2026-03-02T15:30:00Z"));
    }

    @Test
    void everyMethodTakesTheTenPercentLimitAndTheSeventyPercentAdvanceCeilingWithTheirSources() {
        assertThat(rules.additionalPurchaseLimitPercent()).isEqualTo(10);
        assertThat(rules.maximumAdvancePercent()).isEqualTo(70);
        assertThat(rules.sourceOf("additional-purchase-limit-percent")).contains("art. 49");
        assertThat(rules.sourceOf("signature-period")).contains("art. 46");
    }

    @Test
    void theAmendmentLimitIsExactlyTenPercentOfTheOriginalValueToTheCent() {
        BigDecimal original = money("33333.33");

        assertThatNoException()
                .isThrownBy(() ->
                        ContractRules.requireAmendment("more", money("36666.66"), original, BigDecimal.ZERO, rules));
        assertThatThrownBy(() ->
                        ContractRules.requireAmendment("more", money("36666.67"), original, BigDecimal.ZERO, rules))
                .isInstanceOf(ContractRefusal.AmendmentLimitException.class)
                .hasMessageContaining("art. 49");
    }

    @Test
    void theAdvanceCeilingRoundsDownSoTheAgreedShareIsNeverExceeded() {
        // 30% of 33,333.33 is 9,999.999: 9,999.99 may be paid, 10,000.00 not.
        assertThatNoException()
                .isThrownBy(() ->
                        ContractRules.requireAdvancePayable(30, BigDecimal.ZERO, money("33333.33"), money("9999.99")));
        assertThatThrownBy(() ->
                        ContractRules.requireAdvancePayable(30, BigDecimal.ZERO, money("33333.33"), money("10000.00")))
                .isInstanceOf(ContractRefusal.AdvanceLimitException.class);
    }

    @Test
    void completionWaitsForEveryMilestoneButNotForFullPayment() {
        Milestone met =
                new Milestone(MilestoneType.PAYMENT, LocalDate.parse("2026-05-01"), money("10"), true, BigDecimal.ZERO);
        Milestone open =
                new Milestone(MilestoneType.DELIVERY, LocalDate.parse("2026-05-01"), null, false, BigDecimal.ZERO);

        assertThatNoException().isThrownBy(() -> ContractRules.requireCompletable(List.of(met)));
        assertThatThrownBy(() -> ContractRules.requireCompletable(List.of(met, open)))
                .isInstanceOf(ContractRefusal.MilestonesOutstandingException.class);
    }

    @Test
    void everyRefusalHasItsStableCodeAndKind() {
        assertThat(new ContractRefusal.OverpaymentException("x").code()).isEqualTo("overpayment");
        assertThat(new ContractRefusal.AppealPendingException("x").code()).isEqualTo("appeal-pending");
        assertThat(new ContractRefusal.UnknownMilestoneException("x").kind())
                .isEqualTo(org.openprocurement.platform.core.shared.RefusalKind.NOT_FOUND);
        assertThat(new ContractRefusal.WrongContractStateException("x").kind())
                .isEqualTo(org.openprocurement.platform.core.shared.RefusalKind.STATE_CONFLICT);
    }
}
