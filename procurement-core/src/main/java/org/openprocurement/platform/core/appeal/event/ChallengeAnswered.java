package org.openprocurement.platform.core.appeal.event;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;
import org.openprocurement.platform.core.supervision.event.StepTaken;

/** The purchasing agency answered a challenge; {@code late} when after the answer period. */
@Revision("1")
public record ChallengeAnswered(
        UUID challengeId, UUID tenderId, boolean upheld, String answer, boolean late, Instant answeredAt)
        implements ChallengeEvent, StepTaken {

    @Override
    public UUID stepId() {
        return challengeId;
    }

    @Override
    public Instant takenAt() {
        return answeredAt;
    }
}
