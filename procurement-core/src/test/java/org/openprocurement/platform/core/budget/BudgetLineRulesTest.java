package org.openprocurement.platform.core.budget;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class BudgetLineRulesTest {

    private static final Instant APPROPRIATED_AT = Instant.parse("2026-03-01T08:00:00Z");
    private static final Instant AVAILABLE_UNTIL = Instant.parse("2026-12-31T23:00:00Z");

    private static BigDecimal amount(String value) {
        return new BigDecimal(value);
    }

    @Nested
    class AValidAmount {

        @ParameterizedTest(name = "{0} {1}")
        @CsvSource({"10.10, EUR", "10.1, EUR", "10, EUR", "0.01, EUR", "10.01, CNY", "1500, JPY", "10.001, BHD"})
        void isPositiveAndInWholeMinorUnits(String value, String currency) {
            assertThatCode(() -> BudgetLineRules.requireValidAmount(amount(value), currency))
                    .doesNotThrowAnyException();
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"0", "0.00", "-0.01", "-100"})
        void isNeverZeroOrNegative(String value) {
            assertThatThrownBy(() -> BudgetLineRules.requireValidAmount(amount(value), "EUR"))
                    .isInstanceOf(InvalidAmountException.class);
        }

        @Test
        void isNeverMissing() {
            assertThatThrownBy(() -> BudgetLineRules.requireValidAmount(null, "EUR"))
                    .isInstanceOf(InvalidAmountException.class);
        }

        @ParameterizedTest(name = "{0} {1}")
        @CsvSource({"10.001, CNY", "10.001, EUR", "10.5, JPY", "1500.01, JPY", "10.0001, BHD"})
        void isNeverFinerThanTheMinorUnitOfItsCurrency(String value, String currency) {
            assertThatThrownBy(() -> BudgetLineRules.requireValidAmount(amount(value), currency))
                    .isInstanceOf(InvalidAmountException.class);
        }
    }

    @Nested
    class AUsableAppropriation {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"EUR", "CNY", "JPY", "USD"})
        void isMadeInARealCurrencyAndStaysAvailableAfterwards(String currency) {
            assertThatCode(() -> BudgetLineRules.requireUsableAppropriation(currency, AVAILABLE_UNTIL, APPROPRIATED_AT))
                    .doesNotThrowAnyException();
        }

        @ParameterizedTest(name = "\"{0}\"")
        @NullSource
        @ValueSource(strings = {"XXX", "ABC", "eur", "Eur", "EURO", "XAU", "XTS", ""})
        void isNeverMadeInSomethingThatIsNotAnIsoCurrency(String currency) {
            assertThatThrownBy(() ->
                            BudgetLineRules.requireUsableAppropriation(currency, AVAILABLE_UNTIL, APPROPRIATED_AT))
                    .isInstanceOf(AvailabilityPeriodException.class);
        }

        @Test
        void mayBeAvailableForASingleSecond() {
            assertThatCode(() -> BudgetLineRules.requireUsableAppropriation(
                            "EUR", APPROPRIATED_AT.plusSeconds(1), APPROPRIATED_AT))
                    .doesNotThrowAnyException();
        }

        @Test
        void neverLapsesAtTheMomentItIsMade() {
            assertThatThrownBy(
                            () -> BudgetLineRules.requireUsableAppropriation("EUR", APPROPRIATED_AT, APPROPRIATED_AT))
                    .isInstanceOf(AvailabilityPeriodException.class);
        }

        @Test
        void neverLapsesBeforeItIsMade() {
            assertThatThrownBy(() -> BudgetLineRules.requireUsableAppropriation(
                            "EUR", APPROPRIATED_AT.minusSeconds(1), APPROPRIATED_AT))
                    .isInstanceOf(AvailabilityPeriodException.class);
        }
    }

    @Nested
    class ACommitment {

        @Test
        void fitsWithinWhatIsAvailable() {
            assertThatCode(() -> BudgetLineRules.requireCommittable(false, amount("100.00"), amount("99.99")))
                    .doesNotThrowAnyException();
        }

        @Test
        void mayTakeExactlyWhatIsAvailableWhateverTheScale() {
            assertThatCode(() -> BudgetLineRules.requireCommittable(false, amount("100.00"), amount("100")))
                    .doesNotThrowAnyException();
        }

        @Test
        void isRefusedWhenItExceedsWhatIsAvailable() {
            assertThatThrownBy(() -> BudgetLineRules.requireCommittable(false, amount("100.00"), amount("100.01")))
                    .isInstanceOf(InsufficientFundsException.class);
        }

        @Test
        void isRefusedWhenNothingIsAvailable() {
            assertThatThrownBy(() -> BudgetLineRules.requireCommittable(false, amount("0.00"), amount("0.01")))
                    .isInstanceOf(InsufficientFundsException.class);
        }

        @Test
        void isRefusedOnALapsedLineEvenWhenTheMoneyWouldSuffice() {
            assertThatThrownBy(() -> BudgetLineRules.requireCommittable(true, amount("100.00"), amount("1.00")))
                    .isInstanceOf(BudgetLineLapsedException.class);
        }

        @Test
        void isRefusedAsLapsedRatherThanInsufficientWhenBothApply() {
            assertThatThrownBy(() -> BudgetLineRules.requireCommittable(true, amount("0.00"), amount("1.00")))
                    .isInstanceOf(BudgetLineLapsedException.class);
        }
    }

    @Nested
    class AReleaseOrSpending {

        @Test
        void mayDrawPartOfWhatIsLeftOnTheCommitment() {
            assertThatCode(() -> BudgetLineRules.requireWithinCommitment(amount("500.00"), amount("200.00")))
                    .doesNotThrowAnyException();
        }

        @Test
        void mayDrawExactlyWhatIsLeftOnTheCommitment() {
            assertThatCode(() -> BudgetLineRules.requireWithinCommitment(amount("500.00"), amount("500")))
                    .doesNotThrowAnyException();
        }

        @Test
        void isRefusedWhenItExceedsWhatIsLeftOnTheCommitment() {
            assertThatThrownBy(() -> BudgetLineRules.requireWithinCommitment(amount("500.00"), amount("500.01")))
                    .isInstanceOf(CommitmentExceededException.class);
        }

        @Test
        void isRefusedOnACommitmentThatIsFullyDrawn() {
            assertThatThrownBy(() -> BudgetLineRules.requireWithinCommitment(amount("0.00"), amount("0.01")))
                    .isInstanceOf(CommitmentExceededException.class);
        }
    }
}
