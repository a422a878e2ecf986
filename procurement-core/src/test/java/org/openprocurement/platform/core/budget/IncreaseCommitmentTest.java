package org.openprocurement.platform.core.budget;

import static org.openprocurement.platform.core.budget.BudgetLineFixtures.AVAILABLE_UNTIL;
import static org.openprocurement.platform.core.budget.BudgetLineFixtures.BUDGET_LINE_ID;
import static org.openprocurement.platform.core.budget.BudgetLineFixtures.COMMITMENT_ID;
import static org.openprocurement.platform.core.budget.BudgetLineFixtures.INCREASED_AT;
import static org.openprocurement.platform.core.budget.BudgetLineFixtures.INCREASE_REASON;
import static org.openprocurement.platform.core.budget.BudgetLineFixtures.NOW;
import static org.openprocurement.platform.core.budget.BudgetLineFixtures.OTHER_COMMITMENT_ID;
import static org.openprocurement.platform.core.budget.BudgetLineFixtures.SPENDING_ID;
import static org.openprocurement.platform.core.budget.BudgetLineFixtures.appropriate;
import static org.openprocurement.platform.core.budget.BudgetLineFixtures.appropriated;
import static org.openprocurement.platform.core.budget.BudgetLineFixtures.budgetLineFixture;
import static org.openprocurement.platform.core.budget.BudgetLineFixtures.commit;
import static org.openprocurement.platform.core.budget.BudgetLineFixtures.committed;
import static org.openprocurement.platform.core.budget.BudgetLineFixtures.increase;
import static org.openprocurement.platform.core.budget.BudgetLineFixtures.increased;
import static org.openprocurement.platform.core.budget.BudgetLineFixtures.lapsed;
import static org.openprocurement.platform.core.budget.BudgetLineFixtures.money;
import static org.openprocurement.platform.core.budget.BudgetLineFixtures.release;
import static org.openprocurement.platform.core.budget.BudgetLineFixtures.released;
import static org.openprocurement.platform.core.budget.BudgetLineFixtures.spend;
import static org.openprocurement.platform.core.budget.BudgetLineFixtures.spent;

import java.time.Instant;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openprocurement.platform.core.budget.command.IncreaseCommitment;
import org.openprocurement.platform.core.budget.event.CommitmentIncreased;

class IncreaseCommitmentTest {

    private final AggregateTestFixture<BudgetLine> fixture = budgetLineFixture();

    @Test
    void aCommitmentTheLineDoesNotHoldCannotBeIncreased() {
        fixture.given(appropriated())
                .when(increase(COMMITMENT_ID, "1000.00"))
                .expectException(UnknownCommitmentException.class)
                .expectNoEvents();
    }

    /** One hundred thousand euro appropriated, sixty thousand committed: forty thousand are available. */
    @Nested
    class OfAnOpenCommitment {

        private TestExecutor<BudgetLine> line;

        @BeforeEach
        void sixtyThousandAreCommitted() {
            line = fixture.given(appropriated(), committed(COMMITMENT_ID, "60000.00"));
        }

        @Test
        void anIncreaseWithinTheAvailableMoneyIsRecordedWithItsReason() {
            line.when(increase(COMMITMENT_ID, "10000.00"))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(increased(COMMITMENT_ID, "10000.00"));
        }

        @Test
        void anIncreaseOfExactlyTheAvailableMoneyIsRecorded() {
            line.when(increase(COMMITMENT_ID, "40000.00")).expectEvents(increased(COMMITMENT_ID, "40000.00"));
        }

        @Test
        void anIncreaseOfOneCentMoreThanAvailableIsRefused() {
            line.when(increase(COMMITMENT_ID, "40000.01"))
                    .expectException(InsufficientFundsException.class)
                    .expectNoEvents();
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"0.00", "-5.00", "10.001"})
        void anIncreaseOfAnInvalidAmountIsRefused(String amount) {
            line.when(increase(COMMITMENT_ID, amount))
                    .expectException(InvalidAmountException.class)
                    .expectNoEvents();
        }

        @Test
        void anIncreaseWithoutAnAmountIsRefused() {
            line.when(new IncreaseCommitment(BUDGET_LINE_ID, COMMITMENT_ID, null, INCREASE_REASON, INCREASED_AT))
                    .expectException(InvalidAmountException.class)
                    .expectNoEvents();
        }

        @Test
        void anIncreaseOfAnotherCommitmentIdentifierIsRefused() {
            line.when(increase(OTHER_COMMITMENT_ID, "1000.00"))
                    .expectException(UnknownCommitmentException.class)
                    .expectNoEvents();
        }

        @Test
        void aSpendingIdentifierDoesNotNameACommitmentToIncrease() {
            line.andGiven(spent(COMMITMENT_ID, SPENDING_ID, "1000.00"))
                    .when(increase(SPENDING_ID, "1000.00"))
                    .expectException(UnknownCommitmentException.class)
                    .expectNoEvents();
        }

        @Test
        void theIncreaseIsNoLongerAvailableForAnotherCommitment() {
            line.andGiven(increased(COMMITMENT_ID, "10000.00"))
                    .when(commit(OTHER_COMMITMENT_ID, "30000.01"))
                    .expectException(InsufficientFundsException.class)
                    .expectNoEvents();
        }

        @Test
        void whatTheIncreaseLeftAvailableCanStillBeCommitted() {
            line.andGiven(increased(COMMITMENT_ID, "10000.00"))
                    .when(commit(OTHER_COMMITMENT_ID, "30000.00"))
                    .expectEvents(committed(OTHER_COMMITMENT_ID, "30000.00"));
        }

        @Test
        void theIncreasedCommitmentCanBeReleasedInFull() {
            line.andGiven(increased(COMMITMENT_ID, "10000.00"))
                    .when(release(COMMITMENT_ID, "70000.00"))
                    .expectEvents(released(COMMITMENT_ID, "70000.00"));
        }

        @Test
        void theIncreasedCommitmentCannotBeReleasedBeyondItsNewTotal() {
            line.andGiven(increased(COMMITMENT_ID, "10000.00"))
                    .when(release(COMMITMENT_ID, "70000.01"))
                    .expectException(CommitmentExceededException.class)
                    .expectNoEvents();
        }

        @Test
        void theIncreasedCommitmentCanBeSpentInFull() {
            line.andGiven(increased(COMMITMENT_ID, "10000.00"))
                    .when(spend(COMMITMENT_ID, SPENDING_ID, "70000.00"))
                    .expectEvents(spent(COMMITMENT_ID, SPENDING_ID, "70000.00"));
        }
    }

    @Test
    void anIncreaseOnAYenLineIsRefusedWhenItHasDecimals() {
        fixture.given(appropriated("15000000", "JPY"), committed(COMMITMENT_ID, "1000000"))
                .when(increase(COMMITMENT_ID, "1000.5"))
                .expectException(InvalidAmountException.class)
                .expectNoEvents();
    }

    /** Availability ends on 31 December 2026 at 23:00 UTC; the lapse deadline may fire later than that. */
    @Nested
    class AtTheEndOfAvailability {

        private TestExecutor<BudgetLine> lineWhoseLapseHasNotFired() {
            return fixture.givenCurrentTime(NOW).andGivenCommands(appropriate(), commit(COMMITMENT_ID, "60000.00"));
        }

        @Test
        void anIncreaseOneSecondBeforeAvailabilityEndsIsRecorded() {
            Instant at = AVAILABLE_UNTIL.minusSeconds(1);

            lineWhoseLapseHasNotFired()
                    .when(increase(COMMITMENT_ID, "1000.00", at))
                    .expectEvents(new CommitmentIncreased(
                            BUDGET_LINE_ID, COMMITMENT_ID, money("1000.00"), INCREASE_REASON, at));
        }

        @Test
        void anIncreaseAtTheMomentAvailabilityEndsIsRefusedBeforeTheLapseHasFired() {
            lineWhoseLapseHasNotFired()
                    .when(increase(COMMITMENT_ID, "1000.00", AVAILABLE_UNTIL))
                    .expectException(BudgetLineLapsedException.class)
                    .expectNoEvents()
                    .expectScheduledDeadlineWithName(AVAILABLE_UNTIL, BudgetLine.LAPSE_DEADLINE);
        }

        @Test
        void anIncreaseAfterAvailabilityEndedIsRefusedBeforeTheLapseHasFired() {
            lineWhoseLapseHasNotFired()
                    .when(increase(COMMITMENT_ID, "1000.00", AVAILABLE_UNTIL.plusSeconds(3600)))
                    .expectException(BudgetLineLapsedException.class)
                    .expectNoEvents();
        }

        @Test
        void anIncreaseOnALapsedLineIsRefused() {
            fixture.given(appropriated(), committed(COMMITMENT_ID, "60000.00"), lapsed("40000.00"))
                    .when(increase(COMMITMENT_ID, "0.01"))
                    .expectException(BudgetLineLapsedException.class)
                    .expectNoEvents();
        }

        @Test
        void theIncreasedMoneyDoesNotLapse() {
            fixture.givenCurrentTime(NOW)
                    .andGivenCommands(
                            appropriate(), commit(COMMITMENT_ID, "60000.00"), increase(COMMITMENT_ID, "10000.00"))
                    .whenTimeAdvancesTo(AVAILABLE_UNTIL)
                    .expectEvents(lapsed("30000.00"));
        }
    }
}
