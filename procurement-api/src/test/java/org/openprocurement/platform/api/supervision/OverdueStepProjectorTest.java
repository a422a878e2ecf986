package org.openprocurement.platform.api.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openprocurement.platform.api.support.HttpTest;
import org.openprocurement.platform.core.supervision.event.StepOverdue;
import org.openprocurement.platform.core.supervision.event.StepTaken;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The projection takes any event implementing the e-supervision interfaces, through Axon's own annotated
 * dispatch: event types it has never heard of, as another feature's would be.
 */
class OverdueStepProjectorTest extends HttpTest {

    /** Stands for another feature's overdue event, such as a challenge answered late. */
    record DecisionOverdue(UUID stepId, UUID processId, String responsibleOrganisationId, Instant dueAt)
            implements StepOverdue {
        @Override
        public String step() {
            return "complaint-decision";
        }
    }

    /** Stands for the event that takes that step. */
    record DecisionTaken(UUID stepId, Instant takenAt) implements StepTaken {}

    private static final Instant DUE = Instant.parse("2026-05-08T16:00:00Z");

    @Autowired
    private OverdueStepProjector projector;

    @Autowired
    private OverdueSteps steps;

    private final UUID process = UUID.randomUUID();

    // These events were handed to the projector without being stored: their rows must not outlive the test,
    // or the reconciliation of the shared test database would rightly find rows that no stored event explains.
    @AfterEach
    void forgetTheRowsOfEventsThatWereNeverStored() {
        jdbc.update("DELETE FROM overdue_step WHERE process_id = ?", process);
    }

    @Test
    void anEventOfAnyTypeImplementingTheInterfacesIsListedThenMarkedDoneLateThenReopened() throws Exception {
        AnnotationEventHandlerAdapter handlers = new AnnotationEventHandlerAdapter(projector);
        UUID step = UUID.randomUUID();

        handlers.handle(GenericEventMessage.asEventMessage(new DecisionOverdue(step, process, "finance-bureau", DUE)));
        assertThat(steps.find(null, process, OverdueSteps.Status.OPEN))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.step()).isEqualTo("complaint-decision");
                    assertThat(s.responsibleOrganisationId()).isEqualTo("finance-bureau");
                    assertThat(s.dueAt()).isEqualTo(DUE);
                });

        handlers.handle(GenericEventMessage.asEventMessage(new DecisionTaken(step, DUE.plusSeconds(86_400))));
        assertThat(steps.find("finance-bureau", process, OverdueSteps.Status.DONE_LATE))
                .singleElement()
                .satisfies(s -> assertThat(s.takenAt()).isEqualTo(DUE.plusSeconds(86_400)));

        Instant again = DUE.plusSeconds(10 * 86_400);
        handlers.handle(
                GenericEventMessage.asEventMessage(new DecisionOverdue(step, process, "finance-bureau", again)));
        assertThat(steps.find(null, process, null)).singleElement().satisfies(s -> {
            assertThat(s.status()).isEqualTo("OPEN");
            assertThat(s.dueAt()).isEqualTo(again);
            assertThat(s.takenAt()).isNull();
        });
    }

    @Test
    void aStepTakenInTimeLeavesNoRow() throws Exception {
        UUID step = UUID.randomUUID();

        new AnnotationEventHandlerAdapter(projector)
                .handle(GenericEventMessage.asEventMessage(new DecisionTaken(step, DUE)));

        assertThat(jdbc.queryForObject("SELECT count(*) FROM overdue_step WHERE step_id = ?", Long.class, step))
                .isZero();
    }
}
