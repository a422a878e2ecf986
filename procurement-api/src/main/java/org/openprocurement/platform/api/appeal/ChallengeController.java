package org.openprocurement.platform.api.appeal;

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
import org.openprocurement.platform.core.appeal.command.AnswerChallenge;
import org.openprocurement.platform.core.appeal.command.ChallengeTerms;
import org.openprocurement.platform.core.appeal.command.FileChallenge;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Challenges (质疑) of suppliers to the purchasing agency, and its answers. */
@RestController
@Tag(
        name = "Challenges",
        description = "A supplier challenges a tender's documents, procedure or result within 7 working days; the"
                + " purchasing agency answers within 7 working days. Reads come from a projection updated in the"
                + " same transaction as the events.")
class ChallengeController {

    private final CommandSender commands;
    private final CommandTransactions transactions;
    private final TenderQueries tenders;
    private final AppealQueries appeals;
    private final Actors actors;
    private final Clock clock;

    ChallengeController(
            CommandSender commands,
            CommandTransactions transactions,
            TenderQueries tenders,
            AppealQueries appeals,
            Actors actors,
            Clock clock) {
        this.commands = commands;
        this.transactions = transactions;
        this.tenders = tenders;
        this.appeals = appeals;
        this.actors = actors;
        this.clock = clock;
    }

    @PostMapping("/api/tenders/{id}/challenges")
    @Operation(summary = "Challenge the documents, the procedure or the result of a tender (supplier)")
    ResponseEntity<?> challenge(
            @PathVariable UUID id,
            @Valid @RequestBody ChallengeRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            @Parameter(hidden = true) Actor actor) {
        TenderResponse tender = published(id);
        require(actor.hasRole(Role.SUPPLIER));
        return transactions.run(actor, idempotencyKey, "challenge " + id, request, () -> {
            UUID challengeId = UUID.randomUUID();
            Instant now = clock.instant();
            commands.send(
                    new FileChallenge(
                            challengeId,
                            actor.organisationId(),
                            request.subject(),
                            request.grounds(),
                            terms(tender, actor.organisationId()),
                            now),
                    actor,
                    now);
            ChallengeResponse filed = appeals.challenge(challengeId).orElseThrow();
            return ResponseEntity.created(URI.create("/api/challenges/" + challengeId))
                    .eTag(Versions.etag(filed.version()))
                    .body(filed);
        });
    }

    @PostMapping("/api/challenges/{id}/answer")
    @Operation(summary = "Answer a challenge in writing (the purchasing agency running the tender)")
    ResponseEntity<?> answer(
            @PathVariable UUID id,
            @Valid @RequestBody ChallengeAnswerRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            @Parameter(hidden = true) Actor actor) {
        require(actor.hasRole(Role.PURCHASING_AGENT));
        ChallengeResponse challenge = appeals.challenge(id)
                .filter(c -> actor.actsFor(appeals.responsibleFor(c.id())))
                .orElseThrow(() -> new NotFoundException("challenge", id));
        return transactions.run(actor, idempotencyKey, "answer challenge " + id, request, () -> {
            Instant now = clock.instant();
            commands.send(new AnswerChallenge(challenge.id(), request.upheld(), request.answer(), now), actor, now);
            ChallengeResponse answered = appeals.challenge(id).orElseThrow();
            return ResponseEntity.created(URI.create("/api/challenges/" + id + "/answer"))
                    .eTag(Versions.etag(answered.version()))
                    .body(answered);
        });
    }

    @GetMapping("/api/challenges/{id}")
    @Operation(summary = "One challenge: to the challenger, the purchasing agency, finance and auditors")
    ResponseEntity<ChallengeResponse> one(@PathVariable UUID id, @Parameter(hidden = true) Actor actor) {
        ChallengeResponse challenge = appeals.challenge(id)
                .filter(c -> seesInFull(Optional.of(actor), c))
                .orElseThrow(() -> new NotFoundException("challenge", id));
        return ResponseEntity.ok().eTag(Versions.etag(challenge.version())).body(challenge);
    }

    @GetMapping("/api/tenders/{id}/challenges")
    @Operation(
            summary = "The challenges of a tender: in full to the parties and oversight, otherwise only subject,"
                    + " dates and whether each was answered in time")
    List<ChallengeResponse> ofTender(@PathVariable UUID id) {
        published(id);
        Optional<Actor> actor = actors.current();
        return appeals.challengesOf(id).stream()
                .map(c -> seesInFull(actor, c) ? c : c.redacted())
                .toList();
    }

    private ChallengeTerms terms(TenderResponse tender, String supplierId) {
        Instant documents = tender.amendments().isEmpty()
                ? tender.publishedAt()
                : tender.amendments().get(tender.amendments().size() - 1).amendedAt();
        boolean invitedOnly = tender.invitedSupplierIds() != null
                && !tender.invitedSupplierIds().isEmpty();
        boolean eligible = !invitedOnly
                || java.util.stream.StreamSupport.stream(
                                tender.invitedSupplierIds().spliterator(), false)
                        .anyMatch(s -> s.asText().equals(supplierId));
        return new ChallengeTerms(
                tender.id(),
                tender.procuringEntityId(),
                documents,
                tender.tenderPeriodEnd(),
                appeals.awardedAt(tender.id()),
                eligible,
                appeals.bidder(tender.id(), supplierId));
    }

    private boolean seesInFull(Optional<Actor> actor, ChallengeResponse challenge) {
        return actor.map(a -> a.hasRole(Role.FINANCE, Role.AUDITOR, Role.ADMIN)
                        || a.hasRole(Role.SUPPLIER) && a.actsFor(challenge.supplierId())
                        || a.hasRole(Role.PURCHASING_AGENT) && a.actsFor(appeals.responsibleFor(challenge.id())))
                .orElse(false);
    }

    private TenderResponse published(UUID id) {
        return tenders.find(id)
                .filter(t -> t.publishedAt() != null)
                .orElseThrow(() -> new NotFoundException("tender", id));
    }

    private static void require(boolean allowed) {
        if (!allowed) {
            throw new AccessDeniedException("Your role does not allow this action on challenges");
        }
    }
}
