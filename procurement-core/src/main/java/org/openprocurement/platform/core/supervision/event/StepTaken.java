package org.openprocurement.platform.core.supervision.event;

import java.time.Instant;
import java.util.UUID;

/**
 * Implemented by every event that takes a step which may have gone overdue (the answer, the reply, the
 * decision, the signature): e-supervision marks an overdue step done, late, when it sees this.
 */
public interface StepTaken {

    /** The same identifier the matching {@link StepOverdue} carries. */
    UUID stepId();

    /** When the step was taken. */
    Instant takenAt();
}
