package org.openprocurement.platform.core.disclosurerequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openprocurement.platform.core.disclosurerequest.DisclosureRequestFixtures.DUE_AT;
import static org.openprocurement.platform.core.disclosurerequest.DisclosureRequestFixtures.PROCESS_ID;
import static org.openprocurement.platform.core.disclosurerequest.DisclosureRequestFixtures.REQUESTED_AT;
import static org.openprocurement.platform.core.disclosurerequest.DisclosureRequestFixtures.REQUEST_ID;
import static org.openprocurement.platform.core.disclosurerequest.DisclosureRequestFixtures.disclosureFixture;
import static org.openprocurement.platform.core.disclosurerequest.DisclosureRequestFixtures.granted;
import static org.openprocurement.platform.core.disclosurerequest.DisclosureRequestFixtures.overdue;
import static org.openprocurement.platform.core.disclosurerequest.DisclosureRequestFixtures.request;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.openprocurement.platform.core.supervision.event.StepOverdue;
import org.openprocurement.platform.core.supervision.event.StepTaken;

/** The answer deadline is persisted by the request itself, so these requests are built by commands. */
class DisclosureAnswerOverdueTest {

    private final AggregateTestFixture<DisclosureRequest> fixture = disclosureFixture();

    @Test
    void anUnansweredRequestGoesOverdueWhenItsAnswerIsDue() {
        fixture.givenCurrentTime(REQUESTED_AT)
                .andGivenCommands(request())
                .whenTimeAdvancesTo(DUE_AT)
                .expectTriggeredDeadlinesWithName(DisclosureRequest.ANSWER_DEADLINE)
                .expectEvents(overdue(DUE_AT));
    }

    @Test
    void nothingIsOverdueOneSecondBeforeTheAnswerIsDue() {
        fixture.givenCurrentTime(REQUESTED_AT)
                .andGivenCommands(request())
                .whenTimeAdvancesTo(DUE_AT.minusSeconds(1))
                .expectNoEvents()
                .expectScheduledDeadlineWithName(DUE_AT, DisclosureRequest.ANSWER_DEADLINE);
    }

    @Test
    void theOverdueEventIsTheSharedSupervisionStepForTheResponsibleAgency() {
        StepOverdue step = overdue(DUE_AT);

        assertThat(step.stepId()).isEqualTo(REQUEST_ID);
        assertThat(step.processId()).isEqualTo(PROCESS_ID);
        assertThat(step.responsibleOrganisationId()).isEqualTo(DisclosureRequestFixtures.AGENCY);
        assertThat(step.step()).isEqualTo("disclosure-answer");
        assertThat(step.dueAt()).isEqualTo(DUE_AT);
    }

    @Test
    void theAnswerTakesTheSameStep() {
        StepTaken taken = granted();

        assertThat(taken.stepId()).isEqualTo(REQUEST_ID);
        assertThat(taken.takenAt()).isEqualTo(DisclosureRequestFixtures.ANSWERED_AT);
    }
}
