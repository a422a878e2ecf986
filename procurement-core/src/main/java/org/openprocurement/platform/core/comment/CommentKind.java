package org.openprocurement.platform.core.comment;

/** Whether a member of the public comments on a process or asks about it. */
public enum CommentKind {
    COMMENT,
    QUESTION
}
