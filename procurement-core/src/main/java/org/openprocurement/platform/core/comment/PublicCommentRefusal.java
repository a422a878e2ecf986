package org.openprocurement.platform.core.comment;

import org.openprocurement.platform.core.shared.DomainRefusal;
import org.openprocurement.platform.core.shared.RefusalKind;

/** Every way a public comment or its reply can be refused; each names the rule it enforces. */
public abstract sealed class PublicCommentRefusal extends DomainRefusal
        permits PublicCommentRefusal.InvalidCommentException, PublicCommentRefusal.CommentAlreadyRepliedException {

    private PublicCommentRefusal(String code, RefusalKind kind, String message) {
        super(code, kind, message);
    }

    /** The comment or reply is empty, too long, or the reply period is out of bounds. */
    public static final class InvalidCommentException extends PublicCommentRefusal {
        public InvalidCommentException(String message) {
            super("invalid-comment", RefusalKind.RULE_BROKEN, message);
        }
    }

    /** The comment already has its published reply. */
    public static final class CommentAlreadyRepliedException extends PublicCommentRefusal {
        public CommentAlreadyRepliedException(String message) {
            super("comment-already-replied", RefusalKind.STATE_CONFLICT, message);
        }
    }
}
