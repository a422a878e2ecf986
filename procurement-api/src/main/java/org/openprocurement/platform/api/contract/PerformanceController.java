package org.openprocurement.platform.api.contract;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.openprocurement.platform.api.security.Actor;
import org.openprocurement.platform.api.web.CommandSender;
import org.openprocurement.platform.api.web.CommandTransactions;
import org.openprocurement.platform.api.web.NotFoundException;
import org.openprocurement.platform.api.web.Versions;
import org.openprocurement.platform.core.budget.command.SpendFunds;
import org.openprocurement.platform.core.contract.command.AddMilestone;
import org.openprocurement.platform.core.contract.command.MeetMilestone;
import org.openprocurement.platform.core.contract.command.RecordPayment;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Performance of a contract: its milestones, their fulfilment, and finance's payments. */
@RestController
@RequestMapping("/api/contracts/{id}")
@Tag(name = "Contracts")
class PerformanceController {

    private final CommandSender commands;
    private final CommandTransactions transactions;
    private final ContractQueries contracts;
    private final Clock clock;

    PerformanceController(
            CommandSender commands, CommandTransactions transactions, ContractQueries contracts, Clock clock) {
        this.commands = commands;
        this.transactions = transactions;
        this.contracts = contracts;
        this.clock = clock;
    }

    @PostMapping("/milestones")
    @Operation(summary = "Schedule a delivery, acceptance or payment milestone (buyer's officer or purchasing agency)")
    ResponseEntity<?> addMilestone(
            @PathVariable UUID id,
            @Valid @RequestBody AddMilestoneRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Parameter(hidden = true) Actor actor) {
        ContractAccess.requireRuns(actor, load(id));
        Long expected = Versions.expected(ifMatch);
        return transactions.run(actor, idempotencyKey, "milestone " + id, request, () -> {
            Instant now = clock.instant();
            UUID milestoneId = UUID.randomUUID();
            commands.send(
                    new AddMilestone(
                            id,
                            milestoneId,
                            request.type(),
                            request.title(),
                            request.dueDate(),
                            request.amount(),
                            expected,
                            now),
                    actor,
                    now);
            return ContractController.changed(
                    URI.create(ContractController.BASE + id + "/milestones/" + milestoneId), load(id));
        });
    }

    @PostMapping("/milestones/{milestoneId}/fulfilment")
    @Operation(summary = "Record that a milestone of the signed contract was met")
    ResponseEntity<?> fulfil(
            @PathVariable UUID id,
            @PathVariable UUID milestoneId,
            @Valid @RequestBody(required = false) MilestoneFulfilmentRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Parameter(hidden = true) Actor actor) {
        ContractAccess.requireRuns(actor, load(id));
        Long expected = Versions.expected(ifMatch);
        String notes = request == null ? null : request.notes();
        return transactions.run(actor, idempotencyKey, "fulfil " + milestoneId, String.valueOf(notes), () -> {
            Instant now = clock.instant();
            commands.send(new MeetMilestone(id, milestoneId, notes, expected, now), actor, now);
            return ContractController.changed(
                    URI.create(ContractController.BASE + id + "/milestones/" + milestoneId), load(id));
        });
    }

    @PostMapping("/payments")
    @Operation(summary = "Pay against a met milestone or as the agreed advance (finance); spends the commitment")
    ResponseEntity<?> pay(
            @PathVariable UUID id,
            @Valid @RequestBody RecordPaymentRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Parameter(hidden = true) Actor actor) {
        ContractResponse contract = load(id);
        ContractAccess.requirePays(actor, contract);
        Long expected = Versions.expected(ifMatch);
        boolean advance = Boolean.TRUE.equals(request.advance());
        return transactions.run(actor, idempotencyKey, "pay " + id, request, () -> {
            Instant now = clock.instant();
            UUID paymentId = UUID.randomUUID();
            commands.send(
                    new RecordPayment(
                            id,
                            paymentId,
                            request.milestoneId(),
                            advance,
                            request.amount(),
                            request.reference(),
                            expected,
                            now),
                    actor,
                    now);
            // The payment spends the contract's commitment on the budget line in the same transaction.
            commands.send(
                    new SpendFunds(
                            contract.budgetLineId(),
                            contract.commitmentId(),
                            paymentId,
                            request.amount(),
                            request.reference(),
                            null,
                            now),
                    actor,
                    now);
            return ContractController.changed(
                    URI.create(ContractController.BASE + id + "/payments/" + paymentId), load(id));
        });
    }

    private ContractResponse load(UUID id) {
        return contracts.find(id).orElseThrow(() -> new NotFoundException("contract", id));
    }
}
