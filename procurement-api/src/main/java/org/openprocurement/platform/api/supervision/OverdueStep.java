package org.openprocurement.platform.api.supervision;

import java.time.Instant;
import java.util.UUID;

/**
 * One step that was not taken by its legal deadline.
 *
 * @param status {@code OPEN} while still not taken, {@code DONE_LATE} once taken after the deadline
 * @param overdueEventId the event that recorded the step overdue
 * @param takenEventId the event that took the step late, when it was
 */
public record OverdueStep(
        UUID stepId,
        UUID processId,
        String step,
        String responsibleOrganisationId,
        Instant dueAt,
        Instant takenAt,
        String status,
        String overdueEventId,
        String takenEventId) {}
