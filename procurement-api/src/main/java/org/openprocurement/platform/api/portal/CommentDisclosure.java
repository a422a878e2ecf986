package org.openprocurement.platform.api.portal;

import java.util.List;
import java.util.UUID;

/** The public comments on a process with their replies; the comments module implements it. */
public interface CommentDisclosure {

    /** The comments on a public process, oldest first; empty otherwise. */
    List<PublicComment> commentsOf(UUID processId);
}
