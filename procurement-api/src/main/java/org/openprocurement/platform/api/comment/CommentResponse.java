package org.openprocurement.platform.api.comment;

import java.time.Instant;
import java.util.UUID;

/**
 * A public comment or question and the agency's published reply.
 *
 * @param status AWAITING_REPLY, REPLIED, or OVERDUE when the reply period passed without a reply
 * @param late whether the reply came after the reply period
 */
public record CommentResponse(
        UUID id,
        UUID tenderId,
        String kind,
        String text,
        String status,
        Instant submittedAt,
        Instant replyDueAt,
        String reply,
        Instant repliedAt,
        Boolean late,
        long version) {}
