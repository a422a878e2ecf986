package org.openprocurement.platform.core.comment.command;

import java.time.Instant;
import java.util.UUID;
import org.openprocurement.platform.core.comment.CommentKind;

/**
 * Anyone comments on or asks about a published process; no author is recorded beyond the request metadata.
 *
 * @param responsibleOrganisationId the agency running the process, which owes the reply
 * @param replyWithinWorkingDays the configured reply period
 */
public record SubmitPublicComment(
        UUID commentId,
        UUID tenderId,
        String responsibleOrganisationId,
        CommentKind kind,
        String text,
        int replyWithinWorkingDays,
        Instant submittedAt) {}
