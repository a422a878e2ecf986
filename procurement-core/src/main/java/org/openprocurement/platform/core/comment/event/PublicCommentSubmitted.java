package org.openprocurement.platform.core.comment.event;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;
import org.openprocurement.platform.core.comment.CommentKind;

/** A member of the public commented on or asked about a process; the agency replies by {@code replyDueAt}. */
@Revision("1")
public record PublicCommentSubmitted(
        UUID commentId,
        UUID tenderId,
        String responsibleOrganisationId,
        CommentKind kind,
        String text,
        Instant replyDueAt,
        Instant submittedAt)
        implements PublicCommentEvent {}
