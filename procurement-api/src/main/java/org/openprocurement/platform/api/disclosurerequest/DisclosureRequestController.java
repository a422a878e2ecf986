package org.openprocurement.platform.api.disclosurerequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.openprocurement.platform.api.security.Actor;
import org.openprocurement.platform.api.security.Actors;
import org.openprocurement.platform.api.security.Role;
import org.openprocurement.platform.api.tender.TenderResponse;
import org.openprocurement.platform.api.web.CommandSender;
import org.openprocurement.platform.api.web.CommandTransactions;
import org.openprocurement.platform.api.web.Versions;
import org.openprocurement.platform.core.disclosurerequest.command.AnswerDisclosureRequest;
import org.openprocurement.platform.core.disclosurerequest.command.ExtendDisclosureDeadline;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Disclosure on request (依申请公开): anyone asks, the responsible agency answers in time, everyone sees both. */
@RestController
@Tag(
        name = "Disclosure requests",
        description = "Requests for information about a public process and their answers. Filing and reading need no"
                + " login; reads come from a projection updated in the same transaction as the events.")
class DisclosureRequestController {

    private final CommandSender commands;
    private final CommandTransactions transactions;
    private final DisclosureRequestQueries requests;
    private final DisclosureRequestFiling filing;
    private final Actors actors;
    private final Clock clock;

    DisclosureRequestController(
            CommandSender commands,
            CommandTransactions transactions,
            DisclosureRequestQueries requests,
            DisclosureRequestFiling filing,
            Actors actors,
            Clock clock) {
        this.commands = commands;
        this.transactions = transactions;
        this.requests = requests;
        this.filing = filing;
        this.actors = actors;
        this.clock = clock;
    }

    @PostMapping("/api/public/processes/{id}/disclosure-requests")
    @Operation(
            summary = "Ask for information about a public process (anyone, no login; auditors use their own powers"
                    + " of inspection and are refused)")
    ResponseEntity<?> file(
            @PathVariable UUID id,
            @Valid @RequestBody FileDisclosureRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        return filing.file(id, request, actors.current().orElse(DisclosureRequestFiling.PUBLIC), idempotencyKey);
    }

    @GetMapping("/api/public/processes/{id}/disclosure-requests")
    @Operation(summary = "The disclosure requests about a public process with their status and answers, oldest first")
    List<DisclosureRequestResponse> ofProcess(@PathVariable UUID id) {
        publicProcess(id);
        return requests.ofProcess(id);
    }

    @GetMapping("/api/public/disclosure-requests/{requestId}")
    @Operation(summary = "One disclosure request with its status and answer")
    ResponseEntity<DisclosureRequestResponse> one(@PathVariable UUID requestId) {
        DisclosureRequestResponse request = load(requestId);
        publicProcess(request.processId());
        return ResponseEntity.ok().eTag(Versions.etag(request.version())).body(request);
    }

    @PostMapping("/api/disclosure-requests/{requestId}/extension")
    @Operation(summary = "Extend the time to answer once by 15 working days, with a reason (the responsible agency)")
    ResponseEntity<?> extend(
            @PathVariable UUID requestId,
            @Valid @RequestBody ExtendDeadlineRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Parameter(hidden = true) Actor actor) {
        requireResponsible(actor, load(requestId));
        Long expected = Versions.expected(ifMatch);
        return transactions.run(actor, idempotencyKey, "extend " + requestId, request, () -> {
            Instant now = clock.instant();
            commands.send(new ExtendDisclosureDeadline(requestId, request.reason(), expected, now), actor, now);
            return changed(requestId);
        });
    }

    @PostMapping("/api/disclosure-requests/{requestId}/answer")
    @Operation(summary = "Answer the request: granted, partly granted or refused with grounds (the responsible agency)")
    ResponseEntity<?> answer(
            @PathVariable UUID requestId,
            @Valid @RequestBody DisclosureAnswerRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Parameter(hidden = true) Actor actor) {
        requireResponsible(actor, load(requestId));
        Long expected = Versions.expected(ifMatch);
        return transactions.run(actor, idempotencyKey, "answer " + requestId, request, () -> {
            Instant now = clock.instant();
            commands.send(
                    new AnswerDisclosureRequest(
                            requestId, request.decision(), request.information(), request.grounds(), expected, now),
                    actor,
                    now);
            return changed(requestId);
        });
    }

    private TenderResponse publicProcess(UUID id) {
        return filing.publicProcess(id);
    }

    private DisclosureRequestResponse load(UUID requestId) {
        return filing.load(requestId);
    }

    /** Officers of the using agency responsible for the process answer its requests and extend their time. */
    private static void requireResponsible(Actor actor, DisclosureRequestResponse request) {
        if (!actor.actsFor(request.responsibleOrganisationId()) || !actor.hasRole(Role.OFFICER)) {
            throw new AccessDeniedException("Only the responsible agency answers its disclosure requests");
        }
    }

    private ResponseEntity<DisclosureRequestResponse> changed(UUID requestId) {
        return filing.changed(requestId);
    }
}
