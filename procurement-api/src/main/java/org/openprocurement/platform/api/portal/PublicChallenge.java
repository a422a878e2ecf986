package org.openprocurement.platform.api.portal;

import java.time.Instant;

/**
 * What the public may know of a challenge (质疑): what it is about and whether it was answered in time; who filed
 * it, the grounds and the answer stay with the parties and oversight.
 *
 * @param subject DOCUMENTS, PROCEDURE or RESULT
 * @param status OPEN, ANSWERED or OVERDUE
 * @param late whether the answer came after the answer period, null while unanswered
 */
public record PublicChallenge(
        String subject, String status, Instant filedAt, Instant answerDueAt, Instant answeredAt, Boolean late) {}
