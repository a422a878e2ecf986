package org.openprocurement.platform.core.appeal.event;

import java.util.UUID;

/** A fact in the life of one challenge. */
public sealed interface ChallengeEvent permits ChallengeFiled, ChallengeAnswered, ChallengeAnswerOverdue {

    /** The challenge this fact belongs to. */
    UUID challengeId();

    /** The tender challenged. */
    UUID tenderId();
}
