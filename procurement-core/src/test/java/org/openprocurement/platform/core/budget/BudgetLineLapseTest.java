package org.openprocurement.platform.core.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.BIG_DECIMAL;
import static org.openprocurement.platform.core.budget.BudgetLineFixtures.AVAILABLE_UNTIL;
import static org.openprocurement.platform.core.budget.BudgetLineFixtures.BUDGET_LINE_ID;
import static org.openprocurement.platform.core.budget.BudgetLineFixtures.COMMITMENT_ID;
import static org.openprocurement.platform.core.budget.BudgetLineFixtures.COMMITMENT_PURPOSE;
import static org.openprocurement.platform.core.budget.BudgetLineFixtures.NOW;
import static org.openprocurement.platform.core.budget.BudgetLineFixtures.OTHER_COMMITMENT_ID;
import static org.openprocurement.platform.core.budget.BudgetLineFixtures.SPENDING_ID;
import static org.openprocurement.platform.core.budget.BudgetLineFixtures.appropriate;
import static org.openprocurement.platform.core.budget.BudgetLineFixtures.appropriated;
import static org.openprocurement.platform.core.budget.BudgetLineFixtures.budgetLineFixture;
import static org.openprocurement.platform.core.budget.BudgetLineFixtures.commit;
import static org.openprocurement.platform.core.budget.BudgetLineFixtures.committed;
import static org.openprocurement.platform.core.budget.BudgetLineFixtures.lapsed;
import static org.openprocurement.platform.core.budget.BudgetLineFixtures.money;
import static org.openprocurement.platform.core.budget.BudgetLineFixtures.release;
import static org.openprocurement.platform.core.budget.BudgetLineFixtures.released;
import static org.openprocurement.platform.core.budget.BudgetLineFixtures.spend;

import java.time.Duration;
import java.time.Instant;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.openprocurement.platform.core.budget.event.FundsCommitted;

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

    /** Availability has ended but the deadline manager has not yet fired the lapse. */
    @Nested
    class BeforeTheLapseHasFired {

        @Test
        void aCommitmentOneSecondBeforeAvailabilityEndsIsRecorded() {
            Instant at = AVAILABLE_UNTIL.minusSeconds(1);

            fixture.givenCurrentTime(NOW)
                    .andGivenCommands(appropriate())
                    .when(commit(COMMITMENT_ID, "1000.00", at))
                    .expectEvents(new FundsCommitted(
                            BUDGET_LINE_ID, COMMITMENT_ID, COMMITMENT_PURPOSE, money("1000.00"), at));
        }

        @Test
        void aCommitmentAtTheMomentAvailabilityEndsIsRefused() {
            fixture.givenCurrentTime(NOW)
                    .andGivenCommands(appropriate())
                    .when(commit(COMMITMENT_ID, "1000.00", AVAILABLE_UNTIL))
                    .expectException(BudgetLineLapsedException.class)
                    .expectNoEvents()
                    .expectScheduledDeadlineWithName(AVAILABLE_UNTIL, BudgetLine.LAPSE_DEADLINE);
        }

        @Test
        void aCommitmentAfterAvailabilityEndedIsRefused() {
            fixture.givenCurrentTime(NOW)
                    .andGivenCommands(appropriate())
                    .when(commit(COMMITMENT_ID, "1000.00", AVAILABLE_UNTIL.plus(Duration.ofDays(2))))
                    .expectException(BudgetLineLapsedException.class)
                    .expectNoEvents();
        }

        @Test
        void moneyReleasedMeanwhileLapsesWithTheRest() {
            fixture.givenCurrentTime(NOW)
                    .andGivenCommands(
                            appropriate(),
                            commit(COMMITMENT_ID, "60000.00"),
                            release(COMMITMENT_ID, "20000.00", AVAILABLE_UNTIL.plusSeconds(60)))
                    .whenTimeAdvancesTo(AVAILABLE_UNTIL)
                    .expectEvents(lapsed("60000.00"));
        }
    }

    /** Sixty thousand were committed; the forty thousand left lapsed at the end of availability. */
    @Nested
    class AfterTheLapse {

        private static final Instant AFTER_THE_LAPSE = AVAILABLE_UNTIL.plus(Duration.ofDays(10));

        @Test
        void moneyReleasedDoesNotBecomeAvailableAgain() {
            // Once lapsed, no command reveals the available balance, so it is read from the line itself.
            fixture.given(appropriated(), committed(COMMITMENT_ID, "60000.00"), lapsed("40000.00"))
                    .when(release(COMMITMENT_ID, "20000.00", AFTER_THE_LAPSE))
                    .expectEvents(released(COMMITMENT_ID, "20000.00", AFTER_THE_LAPSE))
                    .expectState(line -> assertThat(line)
                            .extracting("available", BIG_DECIMAL)
                            .isZero());
        }

        @Test
        void aNewCommitmentIsRefusedAfterMoneyWasReleased() {
            fixture.given(
                            appropriated(),
                            committed(COMMITMENT_ID, "60000.00"),
                            lapsed("40000.00"),
                            released(COMMITMENT_ID, "20000.00", AFTER_THE_LAPSE))
                    .when(commit(OTHER_COMMITMENT_ID, "0.01", AFTER_THE_LAPSE))
                    .expectException(BudgetLineLapsedException.class)
                    .expectNoEvents();
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
