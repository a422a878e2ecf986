package org.openprocurement.platform.api.contract;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.math.BigDecimal;
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
import org.openprocurement.platform.api.web.Versions;
import org.openprocurement.platform.core.budget.command.IncreaseCommitment;
import org.openprocurement.platform.core.budget.command.ReleaseFunds;
import org.openprocurement.platform.core.contract.command.AmendContract;
import org.openprocurement.platform.core.contract.command.SignContract;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Contracts: opened by the award, signed after the standstill, amended, completed or terminated. */
@RestController
@RequestMapping("/api/contracts")
@Tag(
        name = "Contracts",
        description = "Contracts from award to the last payment. Reads come from a projection updated in the same"
                + " transaction as the events; ETag is the contract's version and If-Match is honoured.")
class ContractController {

    static final String BASE = "/api/contracts/";

    private final CommandSender commands;
    private final CommandTransactions transactions;
    private final ContractQueries contracts;
    private final ContractEndings endings;
    private final ObjectProvider<PendingAppeals> appeals;
    private final Actors actors;
    private final Clock clock;

    ContractController(
            CommandSender commands,
            CommandTransactions transactions,
            ContractQueries contracts,
            ContractEndings endings,
            ObjectProvider<PendingAppeals> appeals,
            Actors actors,
            Clock clock) {
        this.commands = commands;
        this.transactions = transactions;
        this.contracts = contracts;
        this.endings = endings;
        this.appeals = appeals;
        this.actors = actors;
        this.clock = clock;
    }

    @GetMapping("/{id}")
    @Operation(summary = "One contract with its milestones, payments and amendments (parties, finance, oversight)")
    ResponseEntity<ContractResponse> one(@PathVariable UUID id) {
        ContractResponse contract = ContractAccess.visible(actors.current(), load(id));
        return ResponseEntity.ok().eTag(Versions.etag(contract.version())).body(contract);
    }

    @GetMapping
    @Operation(summary = "The contracts of a tender that the caller may see")
    List<ContractResponse> ofTender(@RequestParam UUID tenderId) {
        Actor actor = actors.current().orElseThrow();
        return contracts.ofTender(tenderId).stream()
                .filter(c -> ContractAccess.sees(actor, c))
                .toList();
    }

    @PostMapping("/{id}/signature")
    @Operation(summary = "Record the signature: after the standstill, with no appeal open; late after 30 days")
    ResponseEntity<?> sign(
            @PathVariable UUID id,
            @Valid @RequestBody(required = false) SignContractRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Parameter(hidden = true) Actor actor) {
        ContractResponse contract = load(id);
        ContractAccess.requireRuns(actor, contract);
        Long expected = Versions.expected(ifMatch);
        int advance = request == null || request.advancePercent() == null ? 0 : request.advancePercent();
        return transactions.run(actor, idempotencyKey, "sign " + id, advance, () -> {
            Instant now = clock.instant();
            commands.send(
                    new SignContract(id, pendingAppeals(contract.tenderId()), advance, expected, now), actor, now);
            return changed(URI.create(BASE + id + "/signature"), load(id));
        });
    }

    @PostMapping("/{id}/amendments")
    @Operation(summary = "Amend the signed contract with a rationale; a value rise is committed on the budget first")
    ResponseEntity<?> amend(
            @PathVariable UUID id,
            @Valid @RequestBody AmendContractRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Parameter(hidden = true) Actor actor) {
        ContractResponse contract = load(id);
        ContractAccess.requireRuns(actor, contract);
        Long expected = Versions.expected(ifMatch);
        return transactions.run(actor, idempotencyKey, "amend contract " + id, request, () -> {
            Instant now = clock.instant();
            UUID amendmentId = UUID.randomUUID();
            ContractResponse current = load(id);
            BigDecimal change = request.newValue() == null
                    ? BigDecimal.ZERO
                    : request.newValue().subtract(current.value());
            String reason = "Contract " + id + " amended: " + request.rationale();
            if (change.signum() > 0) {
                // Budget first: the rise is committed on the line before the contract promises it.
                commands.send(
                        new IncreaseCommitment(current.budgetLineId(), current.commitmentId(), change, reason, now),
                        actor,
                        now);
            }
            commands.send(
                    new AmendContract(
                            id,
                            amendmentId,
                            request.description(),
                            request.rationale(),
                            request.newValue(),
                            expected,
                            now),
                    actor,
                    now);
            if (change.signum() < 0) {
                commands.send(
                        new ReleaseFunds(
                                current.budgetLineId(), current.commitmentId(), change.negate(), reason, null, now),
                        actor,
                        now);
            }
            return changed(URI.create(BASE + id + "/amendments/" + amendmentId), load(id));
        });
    }

    @PostMapping("/{id}/completion")
    @Operation(summary = "Complete the contract once every milestone is met; what was not paid is released")
    ResponseEntity<?> complete(
            @PathVariable UUID id,
            @Valid @RequestBody(required = false) CompleteContractRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Parameter(hidden = true) Actor actor) {
        ContractResponse contract = load(id);
        ContractAccess.requireRuns(actor, contract);
        Long expected = Versions.expected(ifMatch);
        String notes = request == null ? null : request.notes();
        return transactions.run(actor, idempotencyKey, "complete " + id, String.valueOf(notes), () -> {
            endings.complete(contract, notes, expected, actor, clock.instant());
            return changed(URI.create(BASE + id + "/completion"), load(id));
        });
    }

    @PostMapping("/{id}/termination")
    @Operation(
            summary =
                    "Terminate the contract, or withdraw it before signature, with a reason; unpaid money is released")
    ResponseEntity<?> terminate(
            @PathVariable UUID id,
            @Valid @RequestBody TerminateContractRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Parameter(hidden = true) Actor actor) {
        ContractResponse contract = load(id);
        ContractAccess.requireRuns(actor, contract);
        Long expected = Versions.expected(ifMatch);
        return transactions.run(actor, idempotencyKey, "terminate " + id, request, () -> {
            endings.terminate(contract, request.reason(), expected, actor, clock.instant());
            return changed(URI.create(BASE + id + "/termination"), load(id));
        });
    }

    /** Open challenges and complaints about the tender. */
    private int pendingAppeals(UUID tenderId) {
        PendingAppeals pending = appeals.getIfAvailable();
        // Without a PendingAppeals bean the platform has no appeal procedure at all, so nothing can be pending.
        return pending == null ? 0 : pending.pendingFor(tenderId);
    }

    private ContractResponse load(UUID id) {
        return contracts.find(id).orElseThrow(() -> new NotFoundException("contract", id));
    }

    static ResponseEntity<ContractResponse> changed(URI location, ContractResponse contract) {
        return ResponseEntity.created(location)
                .eTag(Versions.etag(contract.version()))
                .body(contract);
    }
}
