package org.openprocurement.platform.api.comment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openprocurement.platform.api.security.Actor;
import org.openprocurement.platform.api.security.Actors;
import org.openprocurement.platform.api.security.Role;
import org.openprocurement.platform.api.tender.TenderQueries;
import org.openprocurement.platform.api.tender.TenderResponse;
import org.openprocurement.platform.api.web.CommandSender;
import org.openprocurement.platform.api.web.CommandTransactions;
import org.openprocurement.platform.api.web.NotFoundException;
import org.openprocurement.platform.api.web.Versions;
import org.openprocurement.platform.core.comment.command.ReplyToPublicComment;
import org.openprocurement.platform.core.comment.command.SubmitPublicComment;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Comments and questions of the public on published processes, and the responsible agency's replies. */
@RestController
@RequestMapping("/api/public/processes/{id}/comments")
@Tag(
        name = "Public comments",
        description = "Anyone may comment on or ask about a published process without signing in; the agency"
                + " running it replies within the configured working days, and replies are published. Reads come"
                + " from a projection updated in the same transaction as the events.")
class PublicCommentController {

    private final CommandSender commands;
    private final CommandTransactions transactions;
    private final TenderQueries tenders;
    private final PublicCommentQueries comments;
    private final Actors actors;
    private final Clock clock;
    private final int replyWithin;

    PublicCommentController(
            CommandSender commands,
            CommandTransactions transactions,
            TenderQueries tenders,
            PublicCommentQueries comments,
            Actors actors,
            Clock clock,
            @Value("${procurement.comments.reply-within:3}") int replyWithin) {
        this.commands = commands;
        this.transactions = transactions;
        this.tenders = tenders;
        this.comments = comments;
        this.actors = actors;
        this.clock = clock;
        this.replyWithin = replyWithin;
    }

    @PostMapping
    @Operation(summary = "Comment on or ask about a published process (anyone, no sign-in needed)")
    ResponseEntity<?> comment(
            @PathVariable UUID id,
            @Valid @RequestBody CommentRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        TenderResponse tender = published(id);
        Optional<Actor> actor = actors.current();
        // Idempotency keys are kept per user; a member of the public who did not sign in has none.
        String key = actor.isPresent() ? idempotencyKey : null;
        return transactions.run(actor.orElse(null), key, "comment " + id, request, () -> {
            UUID commentId = UUID.randomUUID();
            Instant now = clock.instant();
            SubmitPublicComment command = new SubmitPublicComment(
                    commentId, id, tender.procuringEntityId(), request.kind(), request.text(), replyWithin, now);
            if (actor.isPresent()) {
                commands.send(command, actor.get(), now);
            } else {
                commands.sendAnonymously(command, now);
            }
            return changed(URI.create("/api/public/processes/" + id + "/comments/" + commentId), id, commentId);
        });
    }

    @PostMapping("/{commentId}/reply")
    @Operation(summary = "Reply to a public comment (the purchasing agency running the process); published")
    ResponseEntity<?> reply(
            @PathVariable UUID id,
            @PathVariable UUID commentId,
            @Valid @RequestBody ReplyRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            @Parameter(hidden = true) Actor actor) {
        if (!actor.hasRole(Role.PURCHASING_AGENT)) {
            throw new AccessDeniedException("Only the purchasing agency replies to public comments");
        }
        comments.find(id, commentId)
                .filter(c -> actor.actsFor(comments.responsibleFor(commentId)))
                .orElseThrow(() -> new NotFoundException("comment", commentId));
        return transactions.run(actor, idempotencyKey, "reply " + commentId, request, () -> {
            Instant now = clock.instant();
            commands.send(new ReplyToPublicComment(commentId, request.reply(), now), actor, now);
            return changed(
                    URI.create("/api/public/processes/" + id + "/comments/" + commentId + "/reply"), id, commentId);
        });
    }

    @GetMapping
    @Operation(summary = "The comments on a published process with their replies and reply status (public)")
    List<CommentResponse> list(@PathVariable UUID id) {
        published(id);
        return comments.of(id);
    }

    @GetMapping("/{commentId}")
    @Operation(summary = "One comment on a published process with its reply (public)")
    ResponseEntity<CommentResponse> one(@PathVariable UUID id, @PathVariable UUID commentId) {
        published(id);
        CommentResponse comment =
                comments.find(id, commentId).orElseThrow(() -> new NotFoundException("comment", commentId));
        return ResponseEntity.ok().eTag(Versions.etag(comment.version())).body(comment);
    }

    private ResponseEntity<CommentResponse> changed(URI location, UUID tenderId, UUID commentId) {
        CommentResponse comment = comments.find(tenderId, commentId).orElseThrow();
        return ResponseEntity.created(location)
                .eTag(Versions.etag(comment.version()))
                .body(comment);
    }

    private TenderResponse published(UUID id) {
        return tenders.find(id)
                .filter(t -> t.publishedAt() != null)
                .orElseThrow(() -> new NotFoundException("process", id));
    }
}
