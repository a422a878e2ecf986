package org.openprocurement.platform.core.comment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openprocurement.platform.core.comment.command.ReplyToPublicComment;
import org.openprocurement.platform.core.comment.command.SubmitPublicComment;
import org.openprocurement.platform.core.comment.event.CommentReplyOverdue;
import org.openprocurement.platform.core.comment.event.PublicCommentReplied;
import org.openprocurement.platform.core.comment.event.PublicCommentSubmitted;
import org.openprocurement.platform.core.method.WorkingCalendar;

class PublicCommentTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final WorkingCalendar CALENDAR =
            new WorkingCalendar(SHANGHAI, Set.of(LocalDate.parse("2026-04-06")), Set.of());
    private static final UUID COMMENT_ID = UUID.fromString("c0aa0c2a-0f3b-4a8e-9b61-000000000001");
    private static final UUID TENDER_ID = UUID.fromString("7e4d1c2a-0f3b-4a8e-9b61-000000000001");
    private static final String AGENCY = "ORG-PROC-0007";
    private static final String TEXT = "Will the scanners be delivered to every district hospital?";
    /** Thursday 2 April 2026, 20:00. */
    private static final Instant SUBMITTED_AT = at("2026-04-02T20:00");
    /** Three working days after 2 April: Fri 3, Tue 7 (Monday 6 is Qingming), Wed 8; due when Wed 8 is over. */
    private static final Instant REPLY_DUE = at("2026-04-09T00:00");

    private final AggregateTestFixture<PublicComment> fixture = new AggregateTestFixture<>(PublicComment.class);

    @BeforeEach
    void resources() {
        fixture.registerInjectableResource(CALENDAR);
        fixture.registerInjectableResource(Clock.fixed(REPLY_DUE, ZoneOffset.UTC));
    }

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
    }

    private static SubmitPublicComment submit(String text, int days) {
        return new SubmitPublicComment(COMMENT_ID, TENDER_ID, AGENCY, CommentKind.QUESTION, text, days, SUBMITTED_AT);
    }

    private static PublicCommentSubmitted submitted() {
        return new PublicCommentSubmitted(
                COMMENT_ID, TENDER_ID, AGENCY, CommentKind.QUESTION, TEXT, REPLY_DUE, SUBMITTED_AT);
    }

    @Test
    void aCommentIsRecordedWithItsReplyDeadlineInWorkingDays() {
        fixture.givenNoPriorActivity()
                .when(submit(TEXT, 3))
                .expectEvents(submitted())
                .expectScheduledDeadlineWithName(REPLY_DUE, PublicComment.REPLY_DEADLINE);
    }

    @Test
    void anEmptyOrOverlongCommentIsRefused() {
        fixture.givenNoPriorActivity()
                .when(submit(" ", 3))
                .expectException(PublicCommentRefusal.InvalidCommentException.class)
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(submit("x".repeat(PublicComment.MAX_LENGTH + 1), 3))
                .expectException(PublicCommentRefusal.InvalidCommentException.class);
    }

    @Test
    void aReplyInTimeIsPublishedAndCancelsTheDeadline() {
        Instant at = at("2026-04-07T10:00");
        fixture.givenCommands(submit(TEXT, 3))
                .when(new ReplyToPublicComment(COMMENT_ID, "Yes, to all eleven.", at))
                .expectEvents(new PublicCommentReplied(COMMENT_ID, TENDER_ID, "Yes, to all eleven.", false, at))
                .expectNoScheduledDeadlines();
    }

    @Test
    void aCommentIsRepliedToOnce() {
        fixture.given(submitted(), new PublicCommentReplied(COMMENT_ID, TENDER_ID, "Yes.", false, SUBMITTED_AT))
                .when(new ReplyToPublicComment(COMMENT_ID, "Yes, again.", REPLY_DUE))
                .expectException(PublicCommentRefusal.CommentAlreadyRepliedException.class);
    }

    @Test
    void withoutAReplyTheCommentGoesOverdueAndALaterReplyIsLate() {
        fixture.givenCommands(submit(TEXT, 3))
                .whenTimeAdvancesTo(REPLY_DUE)
                .expectEvents(new CommentReplyOverdue(COMMENT_ID, TENDER_ID, AGENCY, REPLY_DUE, REPLY_DUE));
        fixture.given(submitted())
                .when(new ReplyToPublicComment(COMMENT_ID, "Yes.", REPLY_DUE))
                .expectEvents(new PublicCommentReplied(COMMENT_ID, TENDER_ID, "Yes.", true, REPLY_DUE));
    }
}
