package org.openprocurement.platform.api.contract;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.openprocurement.platform.api.security.Actor;
import org.openprocurement.platform.api.security.Actors;
import org.openprocurement.platform.api.web.CommandSender;
import org.openprocurement.platform.api.web.CommandTransactions;
import org.openprocurement.platform.api.web.NotFoundException;
import org.openprocurement.platform.core.contract.EvaluatingParty;
import org.openprocurement.platform.core.contract.command.EvaluateContract;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Efficiency evaluations of completed procedures: each party rates once; the aggregates per agency are public. */
@RestController
@Tag(
        name = "Efficiency evaluations",
        description = "Ratings of completed procedures by the using agency, the purchasing agency and the supplier.")
class ContractEvaluationController {

    private final CommandSender commands;
    private final CommandTransactions transactions;
    private final ContractQueries contracts;
    private final Actors actors;
    private final Clock clock;

    ContractEvaluationController(
            CommandSender commands,
            CommandTransactions transactions,
            ContractQueries contracts,
            Actors actors,
            Clock clock) {
        this.commands = commands;
        this.transactions = transactions;
        this.contracts = contracts;
        this.actors = actors;
        this.clock = clock;
    }

    @PostMapping("/api/contracts/{id}/evaluations")
    @Operation(summary = "Rate the completed procedure 1 to 5 with a comment, once per party")
    ResponseEntity<?> evaluate(
            @PathVariable UUID id,
            @Valid @RequestBody EvaluateContractRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            @Parameter(hidden = true) Actor actor) {
        return rate(id, request.score(), request.comment(), request, idempotencyKey, actor);
    }

    @PostMapping("/api/evaluations")
    @Operation(summary = "Rate the completed procedure behind a contract 1 to 5 with a comment, once per party")
    ResponseEntity<?> evaluateByContract(
            @Valid @RequestBody EvaluationRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            @Parameter(hidden = true) Actor actor) {
        return rate(request.contractId(), request.score(), request.comment(), request, idempotencyKey, actor);
    }

    private ResponseEntity<?> rate(
            UUID id, int score, String comment, Object request, String idempotencyKey, Actor actor) {
        ContractResponse contract = load(id);
        EvaluatingParty party = ContractAccess.partyOf(actor, contract);
        return transactions.run(actor, idempotencyKey, "evaluate " + id, request, () -> {
            Instant now = clock.instant();
            commands.send(new EvaluateContract(id, party, actor.organisationId(), score, comment, now), actor, now);
            return ResponseEntity.created(URI.create("/api/contracts/" + id + "/evaluations"))
                    .body(contracts.evaluations(id));
        });
    }

    @GetMapping("/api/contracts/{id}/evaluations")
    @Operation(summary = "The ratings of one procedure, with their comments (parties, finance, oversight)")
    List<ContractEvaluationResponse> evaluations(@PathVariable UUID id) {
        ContractAccess.visible(actors.current(), load(id));
        return contracts.evaluations(id);
    }

    @GetMapping({"/api/evaluations", "/api/public/contract-evaluations"})
    @Operation(summary = "Public: mean ratings per agency, as buyer or purchasing agency, by who rated")
    List<AgencyEvaluationResponse> byAgency() {
        return contracts.byAgency();
    }

    private ContractResponse load(UUID id) {
        return contracts.find(id).orElseThrow(() -> new NotFoundException("contract", id));
    }
}
