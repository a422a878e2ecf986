package org.openprocurement.platform.api.comment;

import java.sql.Timestamp;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.openprocurement.platform.core.comment.event.CommentReplyOverdue;
import org.openprocurement.platform.core.comment.event.PublicCommentReplied;
import org.openprocurement.platform.core.comment.event.PublicCommentSubmitted;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Keeps public_comment_view in the transaction of the events. */
@Component
@ProcessingGroup("public-comment-view")
class PublicCommentProjector {

    private final JdbcTemplate jdbc;

    PublicCommentProjector(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(PublicCommentSubmitted e, @SequenceNumber long version) {
        jdbc.update(
                "INSERT INTO public_comment_view (comment_id, tender_id, responsible_organisation_id, kind, text,"
                        + " reply_due_at, submitted_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                e.commentId(),
                e.tenderId(),
                e.responsibleOrganisationId(),
                e.kind().name(),
                e.text(),
                Timestamp.from(e.replyDueAt()),
                Timestamp.from(e.submittedAt()),
                version);
    }

    @EventHandler
    void on(PublicCommentReplied e, @SequenceNumber long version) {
        jdbc.update(
                "UPDATE public_comment_view SET reply = ?, replied_late = ?, replied_at = ?, version = ?"
                        + " WHERE comment_id = ?",
                e.reply(),
                e.late(),
                Timestamp.from(e.repliedAt()),
                version,
                e.commentId());
    }

    @EventHandler
    void on(CommentReplyOverdue e, @SequenceNumber long version) {
        jdbc.update(
                "UPDATE public_comment_view SET overdue = TRUE, version = ? WHERE comment_id = ?",
                version,
                e.commentId());
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM public_comment_view");
    }
}
