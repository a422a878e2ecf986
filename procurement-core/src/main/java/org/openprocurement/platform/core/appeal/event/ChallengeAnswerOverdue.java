package org.openprocurement.platform.core.appeal.event;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;
import org.openprocurement.platform.core.supervision.event.StepOverdue;

/** The 7 working days to answer a challenge (GPL art. 53) ended without an answer. */
@Revision("1")
public record ChallengeAnswerOverdue(
        UUID challengeId, UUID tenderId, String responsibleOrganisationId, Instant dueAt, Instant recordedAt)
        implements ChallengeEvent, StepOverdue {

    @Override
    public UUID stepId() {
        return challengeId;
    }

    @Override
    public UUID processId() {
        return tenderId;
    }

    @Override
    public String step() {
        return "challenge-answer";
    }
}
