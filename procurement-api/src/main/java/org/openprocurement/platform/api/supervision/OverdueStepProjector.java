package org.openprocurement.platform.api.supervision;

import java.sql.Timestamp;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.openprocurement.platform.core.supervision.event.StepOverdue;
import org.openprocurement.platform.core.supervision.event.StepTaken;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps overdue_step from the two shared e-supervision interfaces, so any event of any aggregate that
 * implements them is listed without further code; runs in the transaction of the events.
 */
@Component
@ProcessingGroup(OverdueStepProjector.GROUP)
class OverdueStepProjector {

    static final String GROUP = "overdue-steps";

    private final JdbcTemplate jdbc;

    OverdueStepProjector(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(StepOverdue step, EventMessage<?> message) {
        // A step owed again after it was taken (a new deadline for the same step) is open again, never a
        // duplicate that would fail the event's transaction.
        jdbc.update(
                """
                INSERT INTO overdue_step (step_id, process_id, step, responsible_organisation_id, due_at,
                    overdue_event_id)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (step_id) DO UPDATE SET process_id = EXCLUDED.process_id, step = EXCLUDED.step,
                    responsible_organisation_id = EXCLUDED.responsible_organisation_id, due_at = EXCLUDED.due_at,
                    overdue_event_id = EXCLUDED.overdue_event_id, taken_at = NULL, taken_event_id = NULL""",
                step.stepId(),
                step.processId(),
                step.step(),
                step.responsibleOrganisationId(),
                Timestamp.from(step.dueAt()),
                message.getIdentifier());
    }

    @EventHandler
    void on(StepTaken step, EventMessage<?> message) {
        // A step taken in time has no row: only a late one is marked done.
        jdbc.update(
                "UPDATE overdue_step SET taken_at = ?, taken_event_id = ? WHERE step_id = ? AND taken_at IS NULL",
                Timestamp.from(step.takenAt()),
                message.getIdentifier(),
                step.stepId());
    }
}
