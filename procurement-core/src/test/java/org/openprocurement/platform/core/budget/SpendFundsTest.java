package org.openprocurement.platform.core.budget;

import static org.openprocurement.platform.core.budget.BudgetLineFixtures.BUDGET_LINE_ID;
import static org.openprocurement.platform.core.budget.BudgetLineFixtures.COMMITMENT_ID;
import static org.openprocurement.platform.core.budget.BudgetLineFixtures.OTHER_COMMITMENT_ID;
import static org.openprocurement.platform.core.budget.BudgetLineFixtures.OTHER_SPENDING_ID;
import static org.openprocurement.platform.core.budget.BudgetLineFixtures.PAYMENT_REFERENCE;
import static org.openprocurement.platform.core.budget.BudgetLineFixtures.SPENDING_ID;
import static org.openprocurement.platform.core.budget.BudgetLineFixtures.SPENT_AT;
import static org.openprocurement.platform.core.budget.BudgetLineFixtures.appropriated;
import static org.openprocurement.platform.core.budget.BudgetLineFixtures.budgetLineFixture;
import static org.openprocurement.platform.core.budget.BudgetLineFixtures.committed;
import static org.openprocurement.platform.core.budget.BudgetLineFixtures.lapsed;
import static org.openprocurement.platform.core.budget.BudgetLineFixtures.released;
import static org.openprocurement.platform.core.budget.BudgetLineFixtures.spend;
import static org.openprocurement.platform.core.budget.BudgetLineFixtures.spent;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openprocurement.platform.core.budget.command.SpendFunds;

class SpendFundsTest {

    private final AggregateTestFixture<BudgetLine> fixture = budgetLineFixture();

    @Test
    void spendingWithoutACommitmentIsRefused() {
        fixture.given(appropriated())
                .when(spend(COMMITMENT_ID, SPENDING_ID, "1000.00"))
                .expectException(UnknownCommitmentException.class)
                .expectNoEvents();
    }

    @Nested
    class AgainstAnOpenCommitment {

        private TestExecutor<BudgetLine> line;

        @BeforeEach
        void sixtyThousandAreCommitted() {
            line = fixture.given(appropriated(), committed(COMMITMENT_ID, "60000.00"));
        }

        @Test
        void aPaymentWithinTheCommitmentIsRecordedWithItsReference() {
            line.when(spend(COMMITMENT_ID, SPENDING_ID, "25000.00"))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(spent(COMMITMENT_ID, SPENDING_ID, "25000.00"));
        }

        @Test
        void theWholeCommitmentCanBePaidOut() {
            line.when(spend(COMMITMENT_ID, SPENDING_ID, "60000.00"))
                    .expectEvents(spent(COMMITMENT_ID, SPENDING_ID, "60000.00"));
        }

        @Test
        void aPaymentBeyondTheCommitmentIsRefused() {
            line.when(spend(COMMITMENT_ID, SPENDING_ID, "60000.01"))
                    .expectException(CommitmentExceededException.class)
                    .expectNoEvents();
        }

        @Test
        void aPaymentAgainstAnotherCommitmentIdentifierIsRefused() {
            line.when(spend(OTHER_COMMITMENT_ID, SPENDING_ID, "1000.00"))
                    .expectException(UnknownCommitmentException.class)
                    .expectNoEvents();
        }

        @Test
        void aSpendingCannotReuseTheCommitmentIdentifier() {
            line.when(spend(COMMITMENT_ID, COMMITMENT_ID, "1000.00"))
                    .expectException(DuplicateIdentifierException.class)
                    .expectNoEvents();
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"0.00", "-1.00", "99.999"})
        void aPaymentOfAnInvalidAmountIsRefused(String amount) {
            line.when(spend(COMMITMENT_ID, SPENDING_ID, amount))
                    .expectException(InvalidAmountException.class)
                    .expectNoEvents();
        }

        @Test
        void aPaymentWithoutAnAmountIsRefused() {
            line.when(new SpendFunds(
                            BUDGET_LINE_ID, COMMITMENT_ID, SPENDING_ID, null, PAYMENT_REFERENCE, null, SPENT_AT))
                    .expectException(InvalidAmountException.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class AfterAnEarlierPayment {

        private TestExecutor<BudgetLine> line;

        @BeforeEach
        void fortyThousandOfSixtyThousandCommittedArePaid() {
            line = fixture.given(
                    appropriated(),
                    committed(COMMITMENT_ID, "60000.00"),
                    spent(COMMITMENT_ID, SPENDING_ID, "40000.00"));
        }

        @Test
        void aSecondPaymentWithinWhatIsLeftIsRecorded() {
            line.when(spend(COMMITMENT_ID, OTHER_SPENDING_ID, "20000.00"))
                    .expectEvents(spent(COMMITMENT_ID, OTHER_SPENDING_ID, "20000.00"));
        }

        @Test
        void aSecondPaymentThatTogetherWithTheFirstExceedsTheCommitmentIsRefused() {
            line.when(spend(COMMITMENT_ID, OTHER_SPENDING_ID, "20000.01"))
                    .expectException(CommitmentExceededException.class)
                    .expectNoEvents();
        }

        @Test
        void reusingTheSpendingIdentifierIsRefused() {
            line.when(spend(COMMITMENT_ID, SPENDING_ID, "1.00"))
                    .expectException(DuplicateIdentifierException.class)
                    .expectNoEvents();
        }
    }

    @Test
    void releasedMoneyCanNoLongerBeSpentFromTheCommitment() {
        fixture.given(appropriated(), committed(COMMITMENT_ID, "60000.00"), released(COMMITMENT_ID, "20000.00"))
                .when(spend(COMMITMENT_ID, SPENDING_ID, "40000.01"))
                .expectException(CommitmentExceededException.class)
                .expectNoEvents();
    }

    @Nested
    class OnALapsedLine {

        private TestExecutor<BudgetLine> line;

        @BeforeEach
        void sixtyThousandWereCommittedBeforeTheRestLapsed() {
            line = fixture.given(appropriated(), committed(COMMITMENT_ID, "60000.00"), lapsed("40000.00"));
        }

        @Test
        void anExistingCommitmentCanStillBePaidOut() {
            line.when(spend(COMMITMENT_ID, SPENDING_ID, "60000.00"))
                    .expectEvents(spent(COMMITMENT_ID, SPENDING_ID, "60000.00"));
        }

        @Test
        void aPaymentBeyondTheCommitmentIsStillRefused() {
            line.when(spend(COMMITMENT_ID, SPENDING_ID, "60000.01"))
                    .expectException(CommitmentExceededException.class)
                    .expectNoEvents();
        }
    }
}
