package org.openprocurement.platform.api.portal;

import java.time.Instant;

/**
 * A comment or question of the public on a process, with the agency's reply.
 *
 * @param kind COMMENT or QUESTION
 * @param status AWAITING_REPLY, REPLIED or OVERDUE
 * @param reply the published reply, null before it
 */
public record PublicComment(
        String kind,
        String text,
        String status,
        Instant submittedAt,
        Instant replyDueAt,
        String reply,
        Instant repliedAt) {}
