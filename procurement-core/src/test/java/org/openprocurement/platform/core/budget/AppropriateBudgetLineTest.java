package org.openprocurement.platform.core.budget;

import static org.openprocurement.platform.core.budget.BudgetLineFixtures.AVAILABLE_UNTIL;
import static org.openprocurement.platform.core.budget.BudgetLineFixtures.EUR;
import static org.openprocurement.platform.core.budget.BudgetLineFixtures.NOW;
import static org.openprocurement.platform.core.budget.BudgetLineFixtures.appropriate;
import static org.openprocurement.platform.core.budget.BudgetLineFixtures.appropriated;
import static org.openprocurement.platform.core.budget.BudgetLineFixtures.budgetLineFixture;
import static org.openprocurement.platform.core.budget.BudgetLineFixtures.money;

import java.time.Instant;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class AppropriateBudgetLineTest {

    private final AggregateTestFixture<BudgetLine> fixture = budgetLineFixture();

    private ResultValidator<BudgetLine> appropriating(Object command) {
        return fixture.givenCurrentTime(NOW).when(command);
    }

    @Test
    void anAppropriationIsRecordedWithEveryDetailOfTheCommand() {
        appropriating(appropriate()).expectSuccessfulHandlerExecution().expectEvents(appropriated());
    }

    @Test
    void anAppropriationSchedulesItsLapseForTheEndOfAvailability() {
        appropriating(appropriate())
                .expectScheduledDeadlineWithName(AVAILABLE_UNTIL, BudgetLine.LAPSE_DEADLINE)
                .expectScheduledDeadline(AVAILABLE_UNTIL, AVAILABLE_UNTIL);
    }

    @Test
    void anAppropriationInACurrencyWithoutMinorUnitIsRecordedInWholeUnits() {
        appropriating(appropriate("15000000", "JPY")).expectEvents(appropriated("15000000", "JPY"));
    }

    @Test
    void anAppropriationWithCentsIsAccepted() {
        appropriating(appropriate("10.10", EUR)).expectEvents(appropriated("10.10", EUR));
    }

    @Test
    void anAppropriationAvailableForASingleSecondIsAccepted() {
        Instant oneSecondLater = NOW.plusSeconds(1);

        appropriating(appropriate(money("1000.00"), EUR, oneSecondLater, NOW))
                .expectSuccessfulHandlerExecution()
                .expectScheduledDeadlineWithName(oneSecondLater, BudgetLine.LAPSE_DEADLINE);
    }

    @Nested
    class AnAmountIsRefused {

        @ParameterizedTest(name = "{0} {1}")
        @CsvSource({"0.00, EUR", "-0.01, EUR", "-100000.00, EUR", "10.001, CNY", "10.001, EUR", "10.5, JPY"})
        void whenItIsNotPositiveOrFinerThanTheMinorUnit(String amount, String currency) {
            appropriating(appropriate(amount, currency))
                    .expectException(InvalidAmountException.class)
                    .expectNoEvents()
                    .expectNoScheduledDeadlines();
        }

        @Test
        void whenItIsMissing() {
            appropriating(appropriate(null, EUR))
                    .expectException(InvalidAmountException.class)
                    .expectNoEvents()
                    .expectNoScheduledDeadlines();
        }
    }

    @Nested
    class AnAppropriationIsRefused {

        @ParameterizedTest(name = "\"{0}\"")
        @NullSource
        @ValueSource(strings = {"XXX", "ABC", "eur", "EURO", "XAU", ""})
        void whenItsCurrencyIsNotARealIsoCurrency(String currency) {
            appropriating(appropriate("1000.00", currency))
                    .expectException(AvailabilityPeriodException.class)
                    .expectNoEvents()
                    .expectNoScheduledDeadlines();
        }

        @Test
        void whenItWouldLapseAtTheVeryMomentItIsMade() {
            appropriating(appropriate(money("1000.00"), EUR, NOW, NOW))
                    .expectException(AvailabilityPeriodException.class)
                    .expectNoEvents()
                    .expectNoScheduledDeadlines();
        }

        @Test
        void whenItWouldHaveLapsedBeforeItIsMade() {
            appropriating(appropriate(money("1000.00"), EUR, NOW.minusSeconds(86_400), NOW))
                    .expectException(AvailabilityPeriodException.class)
                    .expectNoEvents()
                    .expectNoScheduledDeadlines();
        }
    }
}
