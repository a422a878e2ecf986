package org.openprocurement.platform.core.appeal;

import static org.openprocurement.platform.core.appeal.AppealFixtures.CALENDAR;
import static org.openprocurement.platform.core.appeal.AppealFixtures.CHALLENGE_ID;
import static org.openprocurement.platform.core.appeal.AppealFixtures.COMPLAINT_ID;
import static org.openprocurement.platform.core.appeal.AppealFixtures.FINANCE;
import static org.openprocurement.platform.core.appeal.AppealFixtures.SUPPLIER;
import static org.openprocurement.platform.core.appeal.AppealFixtures.TENDER_ID;
import static org.openprocurement.platform.core.appeal.AppealFixtures.shanghai;
import static org.openprocurement.platform.core.appeal.AppealFixtures.standing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.openprocurement.platform.core.appeal.command.DecideComplaint;
import org.openprocurement.platform.core.appeal.command.FileComplaint;
import org.openprocurement.platform.core.appeal.event.ComplaintDecided;
import org.openprocurement.platform.core.appeal.event.ComplaintDecisionOverdue;
import org.openprocurement.platform.core.appeal.event.ComplaintFiled;

class ComplaintTest {

    /** Thursday 16 April 2026, after the answer period (ended with Tuesday 14 April) passed unanswered. */
    private static final Instant FILED_AT = shanghai("2026-04-16T10:00");
    /** Thirty working days after 16 April: Thursday 28 May is the last. */
    private static final Instant DECISION_DUE = shanghai("2026-05-29T00:00");
    /** Fifteen working days after Tuesday 14 April: Tuesday 5 May is the last. */
    private static final Instant COMPLAINT_PERIOD_END = shanghai("2026-05-06T00:00");

    private static final String GROUNDS = "No answer came within seven working days";

    private final AggregateTestFixture<Complaint> fixture = new AggregateTestFixture<>(Complaint.class);

    @BeforeEach
    void resources() {
        fixture.registerInjectableResource(CALENDAR);
        fixture.registerInjectableResource(Clock.fixed(DECISION_DUE, ZoneOffset.UTC));
    }

    private FileComplaint file(String supplier, Instant answeredAt, Instant at) {
        return new FileComplaint(COMPLAINT_ID, supplier, FINANCE, GROUNDS, standing(answeredAt), at);
    }

    private ComplaintFiled filed() {
        return new ComplaintFiled(
                COMPLAINT_ID,
                CHALLENGE_ID,
                TENDER_ID,
                SUPPLIER,
                FINANCE,
                GROUNDS,
                COMPLAINT_PERIOD_END,
                DECISION_DUE,
                FILED_AT);
    }

    private DecideComplaint decide(Instant at) {
        return new DecideComplaint(COMPLAINT_ID, ComplaintOutcome.DISMISSED, "The licence was valid.", at);
    }

    @Nested
    class Filing {

        @Test
        void theChallengerComplainsAfterAnUnansweredChallengeAndTheDecisionIsDueInThirtyWorkingDays() {
            fixture.givenNoPriorActivity()
                    .when(file(SUPPLIER, null, FILED_AT))
                    .expectEvents(filed())
                    .expectScheduledDeadlineWithName(DECISION_DUE, Complaint.DECISION_DEADLINE);
        }

        @Test
        void aComplaintWhileTheChallengeCanStillBeAnsweredIsRefused() {
            fixture.givenNoPriorActivity()
                    .when(file(SUPPLIER, null, shanghai("2026-04-10T10:00")))
                    .expectException(AppealRefusal.ChallengePendingException.class)
                    .expectNoEvents();
        }

        @Test
        void aComplaintAfterFifteenWorkingDaysIsRefused() {
            fixture.givenNoPriorActivity()
                    .when(file(SUPPLIER, shanghai("2026-04-09T10:00"), COMPLAINT_PERIOD_END))
                    .expectException(AppealRefusal.ComplaintPeriodOverException.class)
                    .expectNoEvents();
        }

        @Test
        void anotherSupplierCannotComplainAboutTheChallenge() {
            fixture.givenNoPriorActivity()
                    .when(file("SUP-0002", null, FILED_AT))
                    .expectException(AppealRefusal.NotTheChallengerException.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class Deciding {

        @Test
        void aDecisionInTimeIsRecordedAndCancelsTheDeadline() {
            Instant at = shanghai("2026-05-12T10:00");
            fixture.givenCommands(file(SUPPLIER, null, FILED_AT))
                    .when(decide(at))
                    .expectEvents(new ComplaintDecided(
                            COMPLAINT_ID, TENDER_ID, ComplaintOutcome.DISMISSED, "The licence was valid.", false, at))
                    .expectNoScheduledDeadlines();
        }

        @Test
        void aComplaintIsDecidedOnce() {
            Instant at = shanghai("2026-05-12T10:00");
            fixture.given(
                            filed(),
                            new ComplaintDecided(COMPLAINT_ID, TENDER_ID, ComplaintOutcome.DISMISSED, "No.", false, at))
                    .when(decide(at))
                    .expectException(AppealRefusal.ComplaintAlreadyDecidedException.class);
        }

        @Test
        void withoutADecisionTheComplaintGoesOverdueAfterThirtyWorkingDays() {
            fixture.givenCommands(file(SUPPLIER, null, FILED_AT))
                    .whenTimeAdvancesTo(DECISION_DUE)
                    .expectEvents(
                            new ComplaintDecisionOverdue(COMPLAINT_ID, TENDER_ID, FINANCE, DECISION_DUE, DECISION_DUE));
        }

        @Test
        void aLateDecisionIsRecordedAsLate() {
            fixture.given(filed())
                    .when(decide(DECISION_DUE))
                    .expectEvents(new ComplaintDecided(
                            COMPLAINT_ID,
                            TENDER_ID,
                            ComplaintOutcome.DISMISSED,
                            "The licence was valid.",
                            true,
                            DECISION_DUE));
        }
    }
}
