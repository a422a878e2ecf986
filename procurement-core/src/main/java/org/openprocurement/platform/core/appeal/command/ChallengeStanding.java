package org.openprocurement.platform.core.appeal.command;

import java.time.Instant;
import java.util.UUID;

/**
 * The challenge a complaint follows, as recorded.
 *
 * @param challengerId the supplier that filed the challenge
 * @param answerDueAt the end of the period in which the challenge had to be answered
 * @param answeredAt when it was answered, or null
 */
public record ChallengeStanding(
        UUID challengeId, UUID tenderId, String challengerId, Instant answerDueAt, Instant answeredAt) {}
