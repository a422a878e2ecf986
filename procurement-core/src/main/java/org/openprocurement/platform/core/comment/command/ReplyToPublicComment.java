package org.openprocurement.platform.core.comment.command;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The responsible agency replies to a public comment; the reply is published. */
public record ReplyToPublicComment(
        @TargetAggregateIdentifier UUID commentId, String reply, Instant repliedAt) {}
