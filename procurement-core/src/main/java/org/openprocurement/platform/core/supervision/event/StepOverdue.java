package org.openprocurement.platform.core.supervision.event;

import java.time.Instant;
import java.util.UUID;

/**
 * Implemented by every event recording that a step the law gives a deadline for was not taken by then (an
 * answer to a challenge, a reply to a public comment, a disclosure answer, a contract signature): e-supervision
 * lists these per responsible organisation.
 */
public interface StepOverdue {

    /** The step's own identifier: the challenge, complaint, comment, request or contract that waits. */
    UUID stepId();

    /** The procurement process (tender) the step belongs to. */
    UUID processId();

    /** The organisation that owes the step. */
    String responsibleOrganisationId();

    /**
     * What is owed, in kebab-case: {@code challenge-answer}, {@code complaint-decision}, {@code comment-reply},
     * {@code disclosure-answer}, {@code contract-signature}, {@code enquiry-answer}.
     */
    String step();

    /** When the step was due. */
    Instant dueAt();
}
