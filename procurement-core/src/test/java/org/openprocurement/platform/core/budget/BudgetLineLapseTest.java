package org.openprocurement.platform.core.budget;

import static org.openprocurement.platform.core.budget.BudgetLineFixtures.AVAILABLE_UNTIL;
import static org.openprocurement.platform.core.budget.BudgetLineFixtures.BUDGET_LINE_ID;
import static org.openprocurement.platform.core.budget.BudgetLineFixtures.COMMITMENT_ID;
import static org.openprocurement.platform.core.budget.BudgetLineFixtures.NOW;
import static org.openprocurement.platform.core.budget.BudgetLineFixtures.SPENDING_ID;
import static org.openprocurement.platform.core.budget.BudgetLineFixtures.appropriate;
import static org.openprocurement.platform.core.budget.BudgetLineFixtures.appropriated;
import static org.openprocurement.platform.core.budget.BudgetLineFixtures.budgetLineFixture;
import static org.openprocurement.platform.core.budget.BudgetLineFixtures.commit;
import static org.openprocurement.platform.core.budget.BudgetLineFixtures.lapsed;
import static org.openprocurement.platform.core.budget.BudgetLineFixtures.release;
import static org.openprocurement.platform.core.budget.BudgetLineFixtures.spend;

import java.time.Duration;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The lapse is a deadline scheduled by the appropriation, so every line here is built by commands. */
class BudgetLineLapseTest {

    private static final Duration AVAILABILITY = Duration.between(NOW, AVAILABLE_UNTIL);

    private final AggregateTestFixture<BudgetLine> fixture = budgetLineFixture();

    @Nested
    class OfAnUntouchedLine {

        @Test
        void theWholeAppropriationLapsesAtTheEndOfAvailability() {
            fixture.givenCurrentTime(NOW)
                    .andGivenCommands(appropriate())
                    .whenTimeAdvancesTo(AVAILABLE_UNTIL)
                    .expectTriggeredDeadlinesWithName(BudgetLine.LAPSE_DEADLINE)
                    .expectEvents(lapsed("100000.00"));
        }

        @Test
        void nothingLapsesOneSecondBeforeTheEndOfAvailability() {
            fixture.givenCurrentTime(NOW)
                    .andGivenCommands(appropriate())
                    .whenTimeAdvancesTo(AVAILABLE_UNTIL.minusSeconds(1))
                    .expectNoEvents()
                    .expectTriggeredDeadlines()
                    .expectScheduledDeadlineWithName(AVAILABLE_UNTIL, BudgetLine.LAPSE_DEADLINE);
        }

        @Test
        void theLapseFallsDueOnceTheAvailabilityPeriodHasElapsed() {
            fixture.givenCurrentTime(NOW)
                    .andGivenCommands(appropriate())
                    .whenTimeElapses(AVAILABILITY)
                    .expectEvents(lapsed("100000.00"));
        }

        @Test
        void aLateLapseIsStillDatedAtTheEndOfAvailability() {
            fixture.givenCurrentTime(NOW)
                    .andGivenCommands(appropriate())
                    .whenTimeAdvancesTo(AVAILABLE_UNTIL.plus(Duration.ofDays(3)))
                    .expectEvents(lapsed("100000.00"));
        }
    }

    @Nested
    class OfALineWithCommitments {

        @Test
        void onlyTheUncommittedMoneyLapses() {
            fixture.givenCurrentTime(NOW)
                    .andGivenCommands(appropriate(), commit(COMMITMENT_ID, "60000.00"))
                    .whenTimeAdvancesTo(AVAILABLE_UNTIL)
                    .expectEvents(lapsed("40000.00"));
        }

        @Test
        void moneyReleasedBeforeTheEndOfAvailabilityLapsesWithTheRest() {
            fixture.givenCurrentTime(NOW)
                    .andGivenCommands(
                            appropriate(), commit(COMMITMENT_ID, "60000.00"), release(COMMITMENT_ID, "15000.00"))
                    .whenTimeAdvancesTo(AVAILABLE_UNTIL)
                    .expectEvents(lapsed("55000.00"));
        }

        @Test
        void spendingAgainstACommitmentDoesNotChangeWhatLapses() {
            fixture.givenCurrentTime(NOW)
                    .andGivenCommands(
                            appropriate(),
                            commit(COMMITMENT_ID, "60000.00"),
                            spend(COMMITMENT_ID, SPENDING_ID, "60000.00"))
                    .whenTimeAdvancesTo(AVAILABLE_UNTIL)
                    .expectEvents(lapsed("40000.00"));
        }

        @Test
        void aFullyCommittedLineLapsesWithNothingLeft() {
            fixture.givenCurrentTime(NOW)
                    .andGivenCommands(appropriate(), commit(COMMITMENT_ID, "100000.00"))
                    .whenTimeAdvancesTo(AVAILABLE_UNTIL)
                    .expectEvents(lapsed("0.00"));
        }
    }

    @Test
    void aLineThatHasAlreadyLapsedDoesNotLapseAgain() {
        fixture.given(appropriated(), lapsed("100000.00"))
                .whenInvoking(BUDGET_LINE_ID.toString(), line -> line.lapse(AVAILABLE_UNTIL))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }
}
