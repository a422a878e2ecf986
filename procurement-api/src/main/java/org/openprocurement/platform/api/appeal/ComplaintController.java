package org.openprocurement.platform.api.appeal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.openprocurement.platform.api.budget.BudgetLineQueries;
import org.openprocurement.platform.api.budget.BudgetLineResponse;
import org.openprocurement.platform.api.budget.CommitmentResponse;
import org.openprocurement.platform.api.contract.ContractEndings;
import org.openprocurement.platform.api.security.Actor;
import org.openprocurement.platform.api.security.Actors;
import org.openprocurement.platform.api.security.Role;
import org.openprocurement.platform.api.tender.TenderQueries;
import org.openprocurement.platform.api.tender.TenderResponse;
import org.openprocurement.platform.api.web.CommandSender;
import org.openprocurement.platform.api.web.CommandTransactions;
import org.openprocurement.platform.api.web.NotFoundException;
import org.openprocurement.platform.api.web.RequestRefusedException;
import org.openprocurement.platform.api.web.Versions;
import org.openprocurement.platform.core.appeal.Complaint;
import org.openprocurement.platform.core.appeal.command.ChallengeStanding;
import org.openprocurement.platform.core.appeal.command.DecideComplaint;
import org.openprocurement.platform.core.appeal.command.FileComplaint;
import org.openprocurement.platform.core.tender.command.CancelAward;
import org.openprocurement.platform.core.tender.command.OrderReprocurement;
import org.openprocurement.platform.core.tender.command.ResumeProcurement;
import org.openprocurement.platform.core.tender.command.SuspendProcurement;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Complaints (投诉) of suppliers to the finance department: suspension of the procurement and decision. */
@RestController
@Tag(
        name = "Complaints",
        description = "A challenger unsatisfied with the answer complains within 15 working days after the answer"
                + " period; the finance department may suspend the procurement for up to 30 days and decides within"
                + " 30 working days. Decisions are public. Reads come from a projection updated in the same"
                + " transaction as the events.")
class ComplaintController {

    private final CommandSender commands;
    private final CommandTransactions transactions;
    private final AppealQueries appeals;
    private final TenderQueries tenders;
    private final BudgetLineQueries budgetLines;
    private final Actors actors;
    private final ContractEndings endings;
    private final Clock clock;
    private final String handledBy;

    ComplaintController(
            CommandSender commands,
            CommandTransactions transactions,
            AppealQueries appeals,
            TenderQueries tenders,
            BudgetLineQueries budgetLines,
            Actors actors,
            ContractEndings endings,
            Clock clock,
            @Value("${procurement.complaints.handled-by:finance-bureau}") String handledBy) {
        this.commands = commands;
        this.transactions = transactions;
        this.appeals = appeals;
        this.tenders = tenders;
        this.budgetLines = budgetLines;
        this.actors = actors;
        this.endings = endings;
        this.clock = clock;
        this.handledBy = handledBy;
    }

    @PostMapping("/api/complaints")
    @Operation(summary = "Complain to the finance department about the answer to one's challenge (supplier)")
    ResponseEntity<?> complain(
            @Valid @RequestBody ComplaintRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            @Parameter(hidden = true) Actor actor) {
        require(actor.hasRole(Role.SUPPLIER));
        ChallengeResponse challenge = appeals.challenge(request.challengeId())
                .filter(c -> actor.actsFor(c.supplierId()))
                .orElseThrow(() -> new NotFoundException("challenge", request.challengeId()));
        try {
            return file(request, idempotencyKey, actor, challenge);
        } catch (AggregateStreamCreationException raced) {
            // Two complaints about one challenge at once: the complaint's id is derived from the challenge,
            // so the event store's unique key let only the first one in.
            throw new RequestRefusedException(
                    HttpStatus.CONFLICT, "complaint-exists", "The challenge already has its complaint.");
        }
    }

    private ResponseEntity<?> file(
            ComplaintRequest request, String idempotencyKey, Actor actor, ChallengeResponse challenge) {
        return transactions.run(actor, idempotencyKey, "complain", request, () -> {
            if (appeals.complaintExistsFor(challenge.id())) {
                throw new RequestRefusedException(
                        HttpStatus.CONFLICT, "complaint-exists", "The challenge already has its complaint.");
            }
            UUID complaintId = Complaint.idFor(challenge.id());
            Instant now = clock.instant();
            ChallengeStanding standing = new ChallengeStanding(
                    challenge.id(),
                    challenge.tenderId(),
                    challenge.supplierId(),
                    challenge.answerDueAt(),
                    challenge.answeredAt());
            commands.send(
                    new FileComplaint(complaintId, actor.organisationId(), handledBy, request.grounds(), standing, now),
                    actor,
                    now);
            return changed(URI.create("/api/complaints/" + complaintId), complaintId);
        });
    }

    @PostMapping("/api/complaints/{id}/suspension")
    @Operation(summary = "Suspend the procurement for up to 30 days while the complaint is handled (finance)")
    ResponseEntity<?> suspend(
            @PathVariable UUID id,
            @Valid @RequestBody SuspensionRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            @Parameter(hidden = true) Actor actor) {
        ComplaintResponse complaint = handledByCaller(id, actor);
        return transactions.run(actor, idempotencyKey, "suspend " + id, request, () -> {
            requireUndecided(complaint);
            Instant now = clock.instant();
            commands.send(
                    new SuspendProcurement(complaint.tenderId(), id, request.days(), request.reason(), now),
                    actor,
                    now);
            return changed(URI.create("/api/complaints/" + id + "/suspension"), id);
        });
    }

    @PostMapping("/api/complaints/{id}/decision")
    @Operation(
            summary = "Decide the complaint (finance): dismiss it, cancel the award so the next-ranked bid can be"
                    + " awarded, or order the procurement to be run again")
    ResponseEntity<?> decide(
            @PathVariable UUID id,
            @Valid @RequestBody DecisionRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            @Parameter(hidden = true) Actor actor) {
        ComplaintResponse complaint = handledByCaller(id, actor);
        return transactions.run(actor, idempotencyKey, "decide " + id, request, () -> {
            Instant now = clock.instant();
            UUID tenderId = complaint.tenderId();
            commands.send(new DecideComplaint(id, request.outcome(), request.reasoning(), now), actor, now);
            if (appeals.suspendedFor(tenderId, id)) {
                commands.send(new ResumeProcurement(tenderId, id, "The complaint was decided", now), actor, now);
            }
            switch (request.outcome()) {
                case DISMISSED, UPHELD_NO_EFFECT -> {}
                case AWARD_CANCELLED -> {
                    endings.withdrawInForce(tenderId, request.reasoning(), actor, now);
                    commands.send(
                            new CancelAward(tenderId, id, request.reasoning(), budgetForAward(tenderId), now),
                            actor,
                            now);
                }
                case REPROCUREMENT_ORDERED -> {
                    endings.withdrawInForce(tenderId, request.reasoning(), actor, now);
                    commands.send(new OrderReprocurement(tenderId, id, request.reasoning(), now), actor, now);
                }
            }
            return changed(URI.create("/api/complaints/" + id + "/decision"), id);
        });
    }

    @GetMapping("/api/complaints/{id}")
    @Operation(summary = "One complaint: public once decided; before that to the parties and oversight")
    ResponseEntity<ComplaintResponse> one(@PathVariable UUID id) {
        ComplaintResponse complaint = appeals.complaint(id)
                .filter(c -> c.decidedAt() != null || seesInFull(actors.current(), c))
                .orElseThrow(() -> new NotFoundException("complaint", id));
        return ResponseEntity.ok().eTag(Versions.etag(complaint.version())).body(complaint);
    }

    @GetMapping("/api/tenders/{id}/complaints")
    @Operation(summary = "The complaints about a tender; the complainant and grounds are public once decided")
    List<ComplaintResponse> ofTender(@PathVariable UUID id) {
        tenders.find(id).filter(t -> t.publishedAt() != null).orElseThrow(() -> new NotFoundException("tender", id));
        Optional<Actor> actor = actors.current();
        return appeals.complaintsOf(id).stream()
                .map(c -> c.decidedAt() != null || seesInFull(actor, c) ? c : c.redacted())
                .toList();
    }

    /** What the budget line has available plus what the tender still has committed on it. */
    private BigDecimal budgetForAward(UUID tenderId) {
        TenderResponse tender = tenders.find(tenderId).orElseThrow();
        UUID commitmentId = tenders.commitmentOf(tenderId);
        BudgetLineResponse line = budgetLines.find(tender.budgetLineId()).orElseThrow();
        BigDecimal committed = line.commitments().stream()
                .filter(c -> c.id().equals(commitmentId))
                .map(CommitmentResponse::outstanding)
                .findFirst()
                .orElse(BigDecimal.ZERO);
        return line.available().add(committed);
    }

    private ComplaintResponse handledByCaller(UUID id, Actor actor) {
        require(actor.hasRole(Role.FINANCE));
        return appeals.complaint(id)
                .filter(c -> actor.actsFor(appeals.handlerOf(id)))
                .orElseThrow(() -> new NotFoundException("complaint", id));
    }

    private static void requireUndecided(ComplaintResponse complaint) {
        if (complaint.decidedAt() != null) {
            throw new RequestRefusedException(
                    HttpStatus.CONFLICT, "complaint-already-decided", "The complaint already has its decision.");
        }
    }

    private boolean seesInFull(Optional<Actor> actor, ComplaintResponse complaint) {
        return actor.map(a -> a.hasRole(Role.FINANCE, Role.AUDITOR, Role.ADMIN, Role.PURCHASING_AGENT)
                        || a.hasRole(Role.SUPPLIER) && a.actsFor(complaint.supplierId()))
                .orElse(false);
    }

    private ResponseEntity<ComplaintResponse> changed(URI location, UUID complaintId) {
        ComplaintResponse complaint = appeals.complaint(complaintId).orElseThrow();
        return ResponseEntity.created(location)
                .eTag(Versions.etag(complaint.version()))
                .body(complaint);
    }

    private static void require(boolean allowed) {
        if (!allowed) {
            throw new AccessDeniedException("Your role does not allow this action on complaints");
        }
    }
}
