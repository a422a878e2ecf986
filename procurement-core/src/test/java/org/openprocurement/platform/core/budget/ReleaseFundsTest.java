package org.openprocurement.platform.core.budget;

import static org.openprocurement.platform.core.budget.BudgetLineFixtures.BUDGET_LINE_ID;
import static org.openprocurement.platform.core.budget.BudgetLineFixtures.COMMITMENT_ID;
import static org.openprocurement.platform.core.budget.BudgetLineFixtures.OTHER_COMMITMENT_ID;
import static org.openprocurement.platform.core.budget.BudgetLineFixtures.RELEASED_AT;
import static org.openprocurement.platform.core.budget.BudgetLineFixtures.RELEASE_REASON;
import static org.openprocurement.platform.core.budget.BudgetLineFixtures.SPENDING_ID;
import static org.openprocurement.platform.core.budget.BudgetLineFixtures.appropriated;
import static org.openprocurement.platform.core.budget.BudgetLineFixtures.budgetLineFixture;
import static org.openprocurement.platform.core.budget.BudgetLineFixtures.committed;
import static org.openprocurement.platform.core.budget.BudgetLineFixtures.release;
import static org.openprocurement.platform.core.budget.BudgetLineFixtures.released;
import static org.openprocurement.platform.core.budget.BudgetLineFixtures.spent;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openprocurement.platform.core.budget.command.ReleaseFunds;

class ReleaseFundsTest {

    private final AggregateTestFixture<BudgetLine> fixture = budgetLineFixture();

    @Test
    void aReleaseOfACommitmentTheLineDoesNotHoldIsRefused() {
        fixture.given(appropriated())
                .when(release(COMMITMENT_ID, "1000.00"))
                .expectException(UnknownCommitmentException.class)
                .expectNoEvents();
    }

    @Nested
    class OfAnOpenCommitment {

        private TestExecutor<BudgetLine> line;

        @BeforeEach
        void sixtyThousandAreCommitted() {
            line = fixture.given(appropriated(), committed(COMMITMENT_ID, "60000.00"));
        }

        @Test
        void aPartialReleaseIsRecordedWithItsReason() {
            line.when(release(COMMITMENT_ID, "20000.00"))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(released(COMMITMENT_ID, "20000.00"));
        }

        @Test
        void theWholeCommitmentCanBeReleased() {
            line.when(release(COMMITMENT_ID, "60000.00")).expectEvents(released(COMMITMENT_ID, "60000.00"));
        }

        @Test
        void aReleaseOfMoreThanWasCommittedIsRefused() {
            line.when(release(COMMITMENT_ID, "60000.01"))
                    .expectException(CommitmentExceededException.class)
                    .expectNoEvents();
        }

        @Test
        void aReleaseAgainstAnotherCommitmentIdentifierIsRefused() {
            line.when(release(OTHER_COMMITMENT_ID, "1000.00"))
                    .expectException(UnknownCommitmentException.class)
                    .expectNoEvents();
        }

        @Test
        void aSpendingIdentifierDoesNotNameACommitmentToRelease() {
            line.andGiven(spent(COMMITMENT_ID, SPENDING_ID, "1000.00"))
                    .when(release(SPENDING_ID, "1000.00"))
                    .expectException(UnknownCommitmentException.class)
                    .expectNoEvents();
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"0.00", "-1.00", "0.001"})
        void aReleaseOfAnInvalidAmountIsRefused(String amount) {
            line.when(release(COMMITMENT_ID, amount))
                    .expectException(InvalidAmountException.class)
                    .expectNoEvents();
        }

        @Test
        void aReleaseWithoutAnAmountIsRefused() {
            line.when(new ReleaseFunds(BUDGET_LINE_ID, COMMITMENT_ID, null, RELEASE_REASON, null, RELEASED_AT))
                    .expectException(InvalidAmountException.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class OfAPartlyDrawnCommitment {

        private TestExecutor<BudgetLine> line;

        @BeforeEach
        void fortyThousandOfSixtyThousandCommittedAreSpentOrReleased() {
            line = fixture.given(
                    appropriated(),
                    committed(COMMITMENT_ID, "60000.00"),
                    spent(COMMITMENT_ID, SPENDING_ID, "30000.00"),
                    released(COMMITMENT_ID, "10000.00"));
        }

        @Test
        void whatIsLeftOfTheCommitmentCanBeReleased() {
            line.when(release(COMMITMENT_ID, "20000.00")).expectEvents(released(COMMITMENT_ID, "20000.00"));
        }

        @Test
        void moneyAlreadySpentOrReleasedCannotBeReleased() {
            line.when(release(COMMITMENT_ID, "20000.01"))
                    .expectException(CommitmentExceededException.class)
                    .expectNoEvents();
        }
    }

    @Test
    void aFullyReleasedCommitmentHasNothingLeftToRelease() {
        fixture.given(appropriated(), committed(COMMITMENT_ID, "60000.00"), released(COMMITMENT_ID, "60000.00"))
                .when(release(COMMITMENT_ID, "0.01"))
                .expectException(CommitmentExceededException.class)
                .expectNoEvents();
    }
}
