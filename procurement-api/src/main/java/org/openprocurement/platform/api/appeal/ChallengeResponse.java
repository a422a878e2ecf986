package org.openprocurement.platform.api.appeal;

import java.time.Instant;
import java.util.UUID;

/**
 * A challenge (质疑) and its answer. Only the challenger, the purchasing agency and oversight see who challenged,
 * why and the answer; everyone else sees that the tender was challenged, on what, and whether it was answered
 * in time (absent fields are left out).
 *
 * @param status OPEN, ANSWERED, or OVERDUE when the answer period passed without an answer
 */
public record ChallengeResponse(
        UUID id,
        UUID tenderId,
        String supplierId,
        String subject,
        String grounds,
        String status,
        Instant filedAt,
        Instant challengePeriodEndsAt,
        Instant answerDueAt,
        Boolean upheld,
        String answer,
        Instant answeredAt,
        Boolean late,
        long version) {

    /** What the public sees of the challenge. */
    ChallengeResponse redacted() {
        return new ChallengeResponse(
                id,
                tenderId,
                null,
                subject,
                null,
                status,
                filedAt,
                challengePeriodEndsAt,
                answerDueAt,
                null,
                null,
                answeredAt,
                late,
                version);
    }
}
