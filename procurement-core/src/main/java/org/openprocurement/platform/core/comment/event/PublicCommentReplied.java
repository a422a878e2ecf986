package org.openprocurement.platform.core.comment.event;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;
import org.openprocurement.platform.core.supervision.event.StepTaken;

/** The responsible agency published its reply to a comment; {@code late} when after the reply period. */
@Revision("1")
public record PublicCommentReplied(UUID commentId, UUID tenderId, String reply, boolean late, Instant repliedAt)
        implements PublicCommentEvent, StepTaken {

    @Override
    public UUID stepId() {
        return commentId;
    }

    @Override
    public Instant takenAt() {
        return repliedAt;
    }
}
