package org.openprocurement.platform.api.tender;

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
import java.util.Set;
import java.util.UUID;
import org.openprocurement.platform.api.budget.BudgetLineQueries;
import org.openprocurement.platform.api.budget.BudgetLineResponse;
import org.openprocurement.platform.api.security.Actor;
import org.openprocurement.platform.api.security.Actors;
import org.openprocurement.platform.api.security.Role;
import org.openprocurement.platform.api.web.CommandSender;
import org.openprocurement.platform.api.web.CommandTransactions;
import org.openprocurement.platform.api.web.NotFoundException;
import org.openprocurement.platform.api.web.Problems;
import org.openprocurement.platform.api.web.Versions;
import org.openprocurement.platform.core.contract.ContractIds;
import org.openprocurement.platform.core.contract.command.CreateContract;
import org.openprocurement.platform.core.method.ProcurementMethod;
import org.openprocurement.platform.core.tender.AwardOutcome;
import org.openprocurement.platform.core.tender.command.AwardTender;
import org.openprocurement.platform.core.tender.command.RecordQualification;
import org.openprocurement.platform.core.tender.event.Score;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Evaluation after opening: qualification decisions, the ranking, and the award or the failure. */
@RestController
@RequestMapping("/api/tenders/{id}")
@Tag(name = "Evaluation", description = "Qualification, ranking and award of opened tenders.")
class EvaluationController {

    private static final Set<String> CONCLUDED = Set.of("AWARDED", "FAILED");

    private final CommandSender commands;
    private final CommandTransactions transactions;
    private final TenderQueries tenders;
    private final EvaluationQueries evaluations;
    private final BudgetLineQueries budgetLines;
    private final Actors actors;
    private final Clock clock;
    private final TenderDisclosure disclosure;

    EvaluationController(
            CommandSender commands,
            CommandTransactions transactions,
            TenderQueries tenders,
            EvaluationQueries evaluations,
            BudgetLineQueries budgetLines,
            Actors actors,
            Clock clock,
            TenderDisclosure disclosure) {
        this.disclosure = disclosure;
        this.commands = commands;
        this.transactions = transactions;
        this.tenders = tenders;
        this.evaluations = evaluations;
        this.budgetLines = budgetLines;
        this.actors = actors;
        this.clock = clock;
    }

    @GetMapping("/evaluation")
    @Operation(
            summary = "Decisions and ranking: to the purchasing agency and oversight during evaluation, public after")
    EvaluationResponse evaluation(@PathVariable UUID id) {
        Optional<Actor> actor = actors.current();
        TenderResponse tender = TenderAccess.visible(actor, load(id));
        boolean insider = actor.map(a -> a.hasRole(Role.PURCHASING_AGENT, Role.AUDITOR, Role.FINANCE, Role.ADMIN))
                .orElse(false);
        if (!CONCLUDED.contains(tender.status()) && !insider) {
            // The evaluation is confidential until it concludes.
            throw new NotFoundException("evaluation of tender", id);
        }
        return disclosure.apply(actor, tender, evaluations.evaluation(tender));
    }

    @PostMapping("/qualifications")
    @Operation(summary = "Record whether an opened bid qualifies, why, and its scores (purchasing agency)")
    ResponseEntity<?> qualify(
            @PathVariable UUID id,
            @Valid @RequestBody QualificationRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            @Parameter(hidden = true) Actor actor) {
        TenderResponse tender = load(id);
        TenderAccess.requireRunsProcedures(actor, tender);
        return transactions.run(actor, idempotencyKey, "qualify " + id, request, () -> {
            Instant now = clock.instant();
            List<Score> scores = request.scores() == null
                    ? List.of()
                    : request.scores().stream()
                            .map(s -> new Score(s.criterion(), s.points()))
                            .toList();
            commands.send(
                    new RecordQualification(id, request.bidId(), request.qualified(), request.reason(), scores, now),
                    actor,
                    now);
            return ResponseEntity.created(URI.create("/api/tenders/" + id + "/evaluation"))
                    .eTag(Versions.etag(load(id).version()))
                    .body(evaluations.evaluation(load(id)));
        });
    }

    @PostMapping("/awards")
    @Operation(summary = "Award the top-ranked qualified bid within the budget, or record that the tender failed")
    ResponseEntity<?> award(
            @PathVariable UUID id,
            @Valid @RequestBody AwardRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Parameter(hidden = true) Actor actor) {
        TenderResponse tender = load(id);
        TenderAccess.requireRunsProcedures(actor, tender);
        Long expected = Versions.expected(ifMatch);
        return transactions.run(actor, idempotencyKey, "award " + id, request, () -> {
            Instant now = clock.instant();
            UUID awardId = UUID.randomUUID();
            BigDecimal budget = budgetForAward(tender);
            AwardOutcome outcome =
                    commands.send(new AwardTender(id, awardId, request.bidId(), budget, expected, now), actor, now);
            if (outcome == AwardOutcome.FAILED) {
                // The failure is on the record and committed; the caller learns why.
                return ResponseEntity.status(HttpStatus.UNPROCESSABLE_ENTITY)
                        .body(Problems.of(
                                HttpStatus.UNPROCESSABLE_ENTITY,
                                "tender-failed",
                                "The tender failed: " + tenders.failureReason(id)));
            }
            AwardResponse award = evaluations.award(awardId).orElseThrow();
            // The contract opens in the award's own transaction, as publication commits the budget in its own.
            commands.send(
                    new CreateContract(
                            ContractIds.of(awardId),
                            id,
                            awardId,
                            tender.buyerId(),
                            tender.procuringEntityId(),
                            award.supplierId(),
                            ProcurementMethod.valueOf(tender.method()),
                            award.value(),
                            tender.currency(),
                            tender.budgetLineId(),
                            tenders.commitmentOf(id),
                            award.standstillEndsAt(),
                            now),
                    actor,
                    now);
            return ResponseEntity.created(URI.create("/api/tenders/" + id + "/awards/" + awardId))
                    .eTag(Versions.etag(load(id).version()))
                    .body(award);
        });
    }

    /** What the budget line has available plus what this tender still has committed on it. */
    private BigDecimal budgetForAward(TenderResponse tender) {
        UUID commitmentId = tenders.commitmentOf(tender.id());
        BudgetLineResponse line = budgetLines.find(tender.budgetLineId()).orElseThrow();
        BigDecimal committed = line.commitments().stream()
                .filter(c -> c.id().equals(commitmentId))
                .map(c -> c.outstanding())
                .findFirst()
                .orElse(BigDecimal.ZERO);
        return line.available().add(committed);
    }

    private TenderResponse load(UUID id) {
        return tenders.find(id).orElseThrow(() -> new NotFoundException("tender", id));
    }
}
