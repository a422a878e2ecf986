package org.openprocurement.platform.core.comment.event;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;
import org.openprocurement.platform.core.supervision.event.StepOverdue;

/** The reply period of a public comment ended without a reply. */
@Revision("1")
public record CommentReplyOverdue(
        UUID commentId, UUID tenderId, String responsibleOrganisationId, Instant dueAt, Instant recordedAt)
        implements PublicCommentEvent, StepOverdue {

    @Override
    public UUID stepId() {
        return commentId;
    }

    @Override
    public UUID processId() {
        return tenderId;
    }

    @Override
    public String step() {
        return "comment-reply";
    }
}
