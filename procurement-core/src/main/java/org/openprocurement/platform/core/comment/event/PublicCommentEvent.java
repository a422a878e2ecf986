package org.openprocurement.platform.core.comment.event;

import java.util.UUID;

/** A fact in the life of one public comment. */
public sealed interface PublicCommentEvent permits PublicCommentSubmitted, PublicCommentReplied, CommentReplyOverdue {

    /** The comment this fact belongs to. */
    UUID commentId();

    /** The process commented on. */
    UUID tenderId();
}
