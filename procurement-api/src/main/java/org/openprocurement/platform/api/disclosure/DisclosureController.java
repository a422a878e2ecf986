package org.openprocurement.platform.api.disclosure;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.openprocurement.platform.api.security.Actor;
import org.openprocurement.platform.api.security.Role;
import org.openprocurement.platform.api.tender.TenderLocks;
import org.openprocurement.platform.api.tender.TenderQueries;
import org.openprocurement.platform.api.tender.TenderResponse;
import org.openprocurement.platform.api.web.CommandSender;
import org.openprocurement.platform.api.web.CommandTransactions;
import org.openprocurement.platform.api.web.NotFoundException;
import org.openprocurement.platform.core.disclosure.DisclosureIds;
import org.openprocurement.platform.core.disclosure.command.ClassifyProcess;
import org.openprocurement.platform.core.disclosure.command.DeferDisclosure;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The buyer's decisions, before publication, on what of a tender the public may see. */
@RestController
@RequestMapping("/api/tenders/{id}")
@Tag(
        name = "Disclosure",
        description = "Classification (public, restricted, secret) and deferred disclosure of a drafted tender, by "
                + "its buyer. Read from a projection updated in the same transaction as the decision.")
class DisclosureController {

    private final CommandSender commands;
    private final CommandTransactions transactions;
    private final TenderQueries tenders;
    private final TenderLocks locks;
    private final DisclosureQueries disclosure;
    private final Clock clock;

    DisclosureController(
            CommandSender commands,
            CommandTransactions transactions,
            TenderQueries tenders,
            TenderLocks locks,
            DisclosureQueries disclosure,
            Clock clock) {
        this.commands = commands;
        this.transactions = transactions;
        this.tenders = tenders;
        this.locks = locks;
        this.disclosure = disclosure;
        this.clock = clock;
    }

    @PostMapping("/classification")
    @Operation(summary = "Classify the drafted tender (officer of the buyer): PUBLIC, RESTRICTED or SECRET")
    ResponseEntity<?> classify(
            @PathVariable UUID id,
            @Valid @RequestBody ClassifyProcessRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            @Parameter(hidden = true) Actor actor) {
        requireBuyerOfficer(actor, id);
        return transactions.run(actor, idempotencyKey, "classify " + id, request, () -> {
            // The publication takes the same lock: a decision and the publication never cross.
            locks.exclusive(id);
            Instant now = clock.instant();
            commands.send(
                    new ClassifyProcess(
                            DisclosureIds.of(id),
                            id,
                            request.classification(),
                            request.justification(),
                            published(id),
                            now),
                    actor,
                    now);
            return ResponseEntity.created(URI.create("/api/tenders/" + id + "/disclosure"))
                    .body(response(id));
        });
    }

    @PostMapping("/deferrals")
    @Operation(summary = "Withhold a field of the drafted tender until an access date (officer of the buyer)")
    ResponseEntity<?> defer(
            @PathVariable UUID id,
            @Valid @RequestBody DeferDisclosureRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            @Parameter(hidden = true) Actor actor) {
        requireBuyerOfficer(actor, id);
        return transactions.run(actor, idempotencyKey, "defer " + id, request, () -> {
            locks.exclusive(id);
            Instant now = clock.instant();
            commands.send(
                    new DeferDisclosure(
                            DisclosureIds.of(id),
                            id,
                            request.field(),
                            request.justification(),
                            request.disclosableAt(),
                            published(id),
                            now),
                    actor,
                    now);
            return ResponseEntity.created(URI.create("/api/tenders/" + id + "/disclosure"))
                    .body(response(id));
        });
    }

    @GetMapping("/disclosure")
    @Operation(summary = "The disclosure decisions in force (the buyer, the purchasing agency and oversight)")
    DisclosureResponse read(@PathVariable UUID id, @Parameter(hidden = true) Actor actor) {
        TenderResponse tender = load(id);
        boolean oversight = actor.hasRole(Role.PURCHASING_AGENT, Role.FINANCE, Role.AUDITOR, Role.ADMIN);
        if (!oversight && !actor.actsFor(tender.buyerId())) {
            throw new NotFoundException("tender", id);
        }
        return response(id);
    }

    private void requireBuyerOfficer(Actor actor, UUID id) {
        TenderResponse tender = load(id);
        boolean seesIt = actor.actsFor(tender.buyerId())
                || actor.hasRole(Role.PURCHASING_AGENT, Role.FINANCE, Role.AUDITOR, Role.ADMIN);
        if (!seesIt && (tender.publishedAt() == null || !disclosure.isPublic(id))) {
            throw new NotFoundException("tender", id);
        }
        if (!actor.hasRole(Role.OFFICER) || !actor.actsFor(tender.buyerId())) {
            throw new AccessDeniedException("Only the buyer decides what of its tender is disclosed");
        }
    }

    private boolean published(UUID id) {
        return load(id).publishedAt() != null;
    }

    private TenderResponse load(UUID id) {
        return tenders.find(id).orElseThrow(() -> new NotFoundException("tender", id));
    }

    private DisclosureResponse response(UUID id) {
        return new DisclosureResponse(id, disclosure.classification(id).name(), disclosure.maskedFields(id));
    }
}
