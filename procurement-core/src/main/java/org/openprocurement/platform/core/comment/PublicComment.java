package org.openprocurement.platform.core.comment;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.openprocurement.platform.core.comment.command.ReplyToPublicComment;
import org.openprocurement.platform.core.comment.command.SubmitPublicComment;
import org.openprocurement.platform.core.comment.event.CommentReplyOverdue;
import org.openprocurement.platform.core.comment.event.PublicCommentReplied;
import org.openprocurement.platform.core.comment.event.PublicCommentSubmitted;
import org.openprocurement.platform.core.method.WorkingCalendar;
import org.openprocurement.platform.core.method.WorkingDeadlines;

/** A comment or question of the public about a published process, and the responsible agency's reply. */
public class PublicComment {

    /** Name of the persisted deadline at which an unreplied comment goes overdue. */
    public static final String REPLY_DEADLINE = "comment-reply";

    /** The longest comment or reply kept, in characters. */
    public static final int MAX_LENGTH = 2000;

    @AggregateIdentifier
    private UUID commentId;

    private UUID tenderId;
    private String responsibleOrganisationId;
    private Instant replyDueAt;
    private boolean replied;

    protected PublicComment() {
        // required by Axon to rebuild the comment from its events
    }

    @CommandHandler
    public PublicComment(SubmitPublicComment command, WorkingCalendar calendar, DeadlineManager deadlines) {
        requireText(command.text());
        if (command.replyWithinWorkingDays() < 1 || command.replyWithinWorkingDays() > 60) {
            throw new PublicCommentRefusal.InvalidCommentException("A reply period is 1 to 60 working days.");
        }
        Instant due =
                WorkingDeadlines.endOfWorkingDays(command.submittedAt(), command.replyWithinWorkingDays(), calendar);
        apply(new PublicCommentSubmitted(
                command.commentId(),
                command.tenderId(),
                command.responsibleOrganisationId(),
                command.kind(),
                command.text(),
                due,
                command.submittedAt()));
        deadlines.schedule(due, REPLY_DEADLINE, due);
    }

    @CommandHandler
    public void handle(ReplyToPublicComment command, DeadlineManager deadlines) {
        if (replied) {
            throw new PublicCommentRefusal.CommentAlreadyRepliedException("The comment already has its reply.");
        }
        requireText(command.reply());
        boolean late = !command.repliedAt().isBefore(replyDueAt);
        apply(new PublicCommentReplied(commentId, tenderId, command.reply(), late, command.repliedAt()));
        deadlines.cancelAllWithinScope(REPLY_DEADLINE);
    }

    @DeadlineHandler(deadlineName = REPLY_DEADLINE)
    public void replyOverdue(Instant dueAt, Clock clock) {
        if (!replied) {
            apply(new CommentReplyOverdue(commentId, tenderId, responsibleOrganisationId, dueAt, clock.instant()));
        }
    }

    private static void requireText(String text) {
        if (text == null || text.isBlank() || text.length() > MAX_LENGTH) {
            throw new PublicCommentRefusal.InvalidCommentException(
                    "A comment or reply has 1 to " + MAX_LENGTH + " characters.");
        }
    }

    @EventSourcingHandler
    void on(PublicCommentSubmitted event) {
        commentId = event.commentId();
        tenderId = event.tenderId();
        responsibleOrganisationId = event.responsibleOrganisationId();
        replyDueAt = event.replyDueAt();
    }

    @EventSourcingHandler
    void on(PublicCommentReplied event) {
        replied = true;
    }
}
