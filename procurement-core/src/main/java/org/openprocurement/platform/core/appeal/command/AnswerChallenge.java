package org.openprocurement.platform.core.appeal.command;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The purchasing agency answers a challenge in writing.
 *
 * @param upheld whether the agency finds the challenge well founded
 */
public record AnswerChallenge(
        @TargetAggregateIdentifier UUID challengeId, boolean upheld, String answer, Instant answeredAt) {}
