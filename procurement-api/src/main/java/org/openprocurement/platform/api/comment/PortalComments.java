package org.openprocurement.platform.api.comment;

import java.util.List;
import java.util.UUID;
import org.openprocurement.platform.api.disclosure.PublicDisclosure;
import org.openprocurement.platform.api.portal.CommentDisclosure;
import org.openprocurement.platform.api.portal.PublicComment;
import org.springframework.stereotype.Component;

/** The public comments of a process for the portal: all of them, with their replies; none of a secret process. */
@Component
class PortalComments implements CommentDisclosure {

    private final PublicCommentQueries comments;
    private final PublicDisclosure disclosure;

    PortalComments(PublicCommentQueries comments, PublicDisclosure disclosure) {
        this.comments = comments;
        this.disclosure = disclosure;
    }

    @Override
    public List<PublicComment> commentsOf(UUID processId) {
        if (!disclosure.isPublic(processId)) {
            return List.of();
        }
        return comments.of(processId).stream()
                .map(c -> new PublicComment(
                        c.kind(), c.text(), c.status(), c.submittedAt(), c.replyDueAt(), c.reply(), c.repliedAt()))
                .toList();
    }
}
