package org.openprocurement.platform.core.budget;

import static org.openprocurement.platform.core.budget.BudgetLineFixtures.BUDGET_LINE_ID;
import static org.openprocurement.platform.core.budget.BudgetLineFixtures.COMMITMENT_ID;
import static org.openprocurement.platform.core.budget.BudgetLineFixtures.COMMITMENT_PURPOSE;
import static org.openprocurement.platform.core.budget.BudgetLineFixtures.COMMITTED_AT;
import static org.openprocurement.platform.core.budget.BudgetLineFixtures.OTHER_COMMITMENT_ID;
import static org.openprocurement.platform.core.budget.BudgetLineFixtures.SPENDING_ID;
import static org.openprocurement.platform.core.budget.BudgetLineFixtures.appropriated;
import static org.openprocurement.platform.core.budget.BudgetLineFixtures.budgetLineFixture;
import static org.openprocurement.platform.core.budget.BudgetLineFixtures.commit;
import static org.openprocurement.platform.core.budget.BudgetLineFixtures.committed;
import static org.openprocurement.platform.core.budget.BudgetLineFixtures.lapsed;
import static org.openprocurement.platform.core.budget.BudgetLineFixtures.released;
import static org.openprocurement.platform.core.budget.BudgetLineFixtures.spent;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openprocurement.platform.core.budget.command.CommitFunds;

class CommitFundsTest {

    private final AggregateTestFixture<BudgetLine> fixture = budgetLineFixture();

    @Nested
    class OnAFreshlyAppropriatedLine {

        private TestExecutor<BudgetLine> line;

        @BeforeEach
        void oneHundredThousandEuroAreAppropriated() {
            line = fixture.given(appropriated());
        }

        @Test
        void aCommitmentWithinTheAvailableMoneyIsRecorded() {
            line.when(commit(COMMITMENT_ID, "40000.00"))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(committed(COMMITMENT_ID, "40000.00"));
        }

        @Test
        void aCommitmentOfExactlyTheAvailableMoneyIsRecorded() {
            line.when(commit(COMMITMENT_ID, "100000.00")).expectEvents(committed(COMMITMENT_ID, "100000.00"));
        }

        @Test
        void aCommitmentOfOneCentMoreThanAvailableIsRefusedAndNothingIsRecorded() {
            line.when(commit(COMMITMENT_ID, "100000.01"))
                    .expectException(InsufficientFundsException.class)
                    .expectNoEvents();
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"0.00", "-5.00", "10.001"})
        void aCommitmentOfAnInvalidAmountIsRefused(String amount) {
            line.when(commit(COMMITMENT_ID, amount))
                    .expectException(InvalidAmountException.class)
                    .expectNoEvents();
        }

        @Test
        void aCommitmentWithoutAnAmountIsRefused() {
            line.when(new CommitFunds(BUDGET_LINE_ID, COMMITMENT_ID, COMMITMENT_PURPOSE, null, null, COMMITTED_AT))
                    .expectException(InvalidAmountException.class)
                    .expectNoEvents();
        }
    }

    @Test
    void aCommitmentOnAYenLineIsRefusedWhenItHasDecimals() {
        fixture.given(appropriated("15000000", "JPY"))
                .when(commit(COMMITMENT_ID, "1000.5"))
                .expectException(InvalidAmountException.class)
                .expectNoEvents();
    }

    @Nested
    class AfterAnEarlierCommitment {

        private TestExecutor<BudgetLine> line;

        @BeforeEach
        void sixtyThousandOfTheHundredThousandAreCommitted() {
            line = fixture.given(appropriated(), committed(COMMITMENT_ID, "60000.00"));
        }

        @Test
        void aSecondCommitmentWithinTheRemainderIsRecorded() {
            line.when(commit(OTHER_COMMITMENT_ID, "40000.00")).expectEvents(committed(OTHER_COMMITMENT_ID, "40000.00"));
        }

        @Test
        void aSecondCommitmentThatTogetherWithTheFirstExceedsTheAppropriationIsRefused() {
            line.when(commit(OTHER_COMMITMENT_ID, "40000.01"))
                    .expectException(InsufficientFundsException.class)
                    .expectNoEvents();
        }

        @Test
        void reusingTheIdentifierOfTheEarlierCommitmentIsRefused() {
            line.when(commit(COMMITMENT_ID, "1000.00"))
                    .expectException(DuplicateIdentifierException.class)
                    .expectNoEvents();
        }

        @Test
        void reusingTheIdentifierOfASpendingIsRefused() {
            line.andGiven(spent(COMMITMENT_ID, SPENDING_ID, "10000.00"))
                    .when(commit(SPENDING_ID, "1000.00"))
                    .expectException(DuplicateIdentifierException.class)
                    .expectNoEvents();
        }

        @Test
        void spentMoneyDoesNotReturnToTheLine() {
            line.andGiven(spent(COMMITMENT_ID, SPENDING_ID, "60000.00"))
                    .when(commit(OTHER_COMMITMENT_ID, "40000.01"))
                    .expectException(InsufficientFundsException.class)
                    .expectNoEvents();
        }

        @Test
        void releasedMoneyCanBeCommittedAgain() {
            line.andGiven(released(COMMITMENT_ID, "25000.00"))
                    .when(commit(OTHER_COMMITMENT_ID, "65000.00"))
                    .expectEvents(committed(OTHER_COMMITMENT_ID, "65000.00"));
        }

        @Test
        void noMoreThanTheReleasedMoneyCanBeCommittedAgain() {
            line.andGiven(released(COMMITMENT_ID, "25000.00"))
                    .when(commit(OTHER_COMMITMENT_ID, "65000.01"))
                    .expectException(InsufficientFundsException.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class OnALapsedLine {

        @Test
        void evenTheSmallestCommitmentIsRefused() {
            fixture.given(appropriated(), lapsed("100000.00"))
                    .when(commit(COMMITMENT_ID, "0.01"))
                    .expectException(BudgetLineLapsedException.class)
                    .expectNoEvents();
        }

        @Test
        void aCommitmentIsRefusedAlthoughPartOfTheLineWasCommittedBeforeTheLapse() {
            fixture.given(appropriated(), committed(COMMITMENT_ID, "60000.00"), lapsed("40000.00"))
                    .when(commit(OTHER_COMMITMENT_ID, "1000.00"))
                    .expectException(BudgetLineLapsedException.class)
                    .expectNoEvents();
        }
    }
}
