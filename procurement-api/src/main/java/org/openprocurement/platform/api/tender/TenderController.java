package org.openprocurement.platform.api.tender;

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
import org.openprocurement.platform.api.budget.BudgetLineQueries;
import org.openprocurement.platform.api.budget.BudgetLineResponse;
import org.openprocurement.platform.api.organisation.OrganisationDirectory;
import org.openprocurement.platform.api.organisation.OrganisationKind;
import org.openprocurement.platform.api.security.Actor;
import org.openprocurement.platform.api.security.Actors;
import org.openprocurement.platform.api.security.Role;
import org.openprocurement.platform.api.web.CommandSender;
import org.openprocurement.platform.api.web.CommandTransactions;
import org.openprocurement.platform.api.web.InvalidInputException;
import org.openprocurement.platform.api.web.NotFoundException;
import org.openprocurement.platform.api.web.Versions;
import org.openprocurement.platform.core.budget.command.CommitFunds;
import org.openprocurement.platform.core.tender.TenderStatus;
import org.openprocurement.platform.core.tender.command.AmendTender;
import org.openprocurement.platform.core.tender.command.AnswerEnquiry;
import org.openprocurement.platform.core.tender.command.CancelTender;
import org.openprocurement.platform.core.tender.command.DraftTender;
import org.openprocurement.platform.core.tender.command.PublishTender;
import org.openprocurement.platform.core.tender.command.RaiseEnquiry;
import org.openprocurement.platform.core.tender.event.Criterion;
import org.openprocurement.platform.core.tender.event.Item;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Tenders: the buyer's draft, publication by the purchasing agency, amendments, enquiries, cancellation. */
@RestController
@RequestMapping("/api/tenders")
@Tag(
        name = "Tenders",
        description = "Procurement procedures from draft to opening. Published tenders are public. Reads come from "
                + "a projection updated in the same transaction as the events.")
class TenderController {

    private static final String BASE = "/api/tenders/";

    private final CommandSender commands;
    private final CommandTransactions transactions;
    private final TenderQueries tenders;
    private final BudgetLineQueries budgetLines;
    private final TenderLocks locks;
    private final Actors actors;
    private final Clock clock;
    private final OrganisationDirectory organisations;
    private final TenderDisclosure disclosure;

    TenderController(
            CommandSender commands,
            CommandTransactions transactions,
            TenderQueries tenders,
            BudgetLineQueries budgetLines,
            TenderLocks locks,
            Actors actors,
            Clock clock,
            OrganisationDirectory organisations,
            TenderDisclosure disclosure) {
        this.commands = commands;
        this.transactions = transactions;
        this.tenders = tenders;
        this.budgetLines = budgetLines;
        this.locks = locks;
        this.actors = actors;
        this.clock = clock;
        this.organisations = organisations;
        this.disclosure = disclosure;
    }

    @PostMapping
    @Operation(summary = "Draft a tender (officer of the using agency that holds the budget line)")
    ResponseEntity<?> draft(
            @Valid @RequestBody DraftTenderRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            @Parameter(hidden = true) Actor actor) {
        TenderAccess.requireBuyerOfficer(actor);
        if (request.invitedSupplierIds() != null) {
            for (String supplier : request.invitedSupplierIds()) {
                if (organisations
                        .find(supplier)
                        .filter(o -> o.kind() == OrganisationKind.SUPPLIER)
                        .isEmpty()) {
                    throw new InvalidInputException(
                            "invitedSupplierIds", "'" + supplier + "' is not a registered supplier organisation");
                }
            }
        }
        BudgetLineResponse line = budgetLines
                .find(request.budgetLineId())
                .filter(l -> actor.actsFor(l.organisationId()))
                .orElseThrow(() -> new NotFoundException("budget line", request.budgetLineId()));
        return transactions.run(actor, idempotencyKey, "draft tender", request, () -> {
            UUID id = UUID.randomUUID();
            Instant now = clock.instant();
            commands.send(draftCommand(id, request, line, actor, now), actor, now);
            return changed(URI.create(BASE + id), load(id));
        });
    }

    @GetMapping
    @Operation(summary = "Published tenders, and the drafts the caller may see; newest first")
    List<TenderResponse> list(
            @RequestParam(required = false) String status, @RequestParam(defaultValue = "100") int limit) {
        if (status != null
                && java.util.Arrays.stream(TenderStatus.values())
                        .noneMatch(known -> known.name().equals(status))) {
            throw new InvalidInputException(
                    "status", "must be one of " + java.util.Arrays.toString(TenderStatus.values()));
        }
        Optional<Actor> actor = actors.current();
        boolean allDrafts = actor.map(TenderAccess::seesAllDrafts).orElse(false);
        String ownDrafts = actor.filter(a -> a.hasRole(Role.OFFICER))
                .map(Actor::organisationId)
                .orElse(null);
        return disclosure.apply(actor, tenders.list(status, allDrafts, ownDrafts, Math.max(1, Math.min(limit, 500))));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One tender with its amendments and answered enquiries")
    ResponseEntity<TenderResponse> one(@PathVariable UUID id) {
        Optional<Actor> actor = actors.current();
        TenderResponse tender = disclosure.apply(actor, TenderAccess.visible(actor, load(id)));
        return ResponseEntity.ok().eTag(Versions.etag(tender.version())).body(tender);
    }

    @PostMapping("/{id}/publication")
    @Operation(summary = "Publish the tender (purchasing agency); commits its estimate on the budget line")
    ResponseEntity<?> publish(
            @PathVariable UUID id,
            @Valid @RequestBody(required = false) PublishTenderRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Parameter(hidden = true) Actor actor) {
        TenderResponse tender = load(id);
        TenderAccess.requireRunsProcedures(actor, tender);
        Long expected = Versions.expected(ifMatch);
        return transactions.run(actor, idempotencyKey, "publish " + id, id, () -> {
            // Disclosure decisions take the same lock: none can cross the publication.
            locks.exclusive(id);
            Instant now = clock.instant();
            UUID commitmentId = UUID.randomUUID();
            // Budget first: the estimate is committed in the same transaction, or nothing is published.
            commands.send(
                    new CommitFunds(
                            tender.budgetLineId(),
                            commitmentId,
                            "Tender " + tender.id() + ": " + tender.title(),
                            tender.estimatedValue(),
                            null,
                            now),
                    actor,
                    now);
            commands.send(new PublishTender(id, actor.organisationId(), commitmentId, expected, now), actor, now);
            return changed(URI.create(BASE + id + "/publication"), load(id));
        });
    }

    @PostMapping("/{id}/amendments")
    @Operation(summary = "Amend the published tender; the deadline moves out when the rule requires it")
    ResponseEntity<?> amend(
            @PathVariable UUID id,
            @Valid @RequestBody AmendTenderRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Parameter(hidden = true) Actor actor) {
        TenderAccess.requireRunsProcedures(actor, load(id));
        Long expected = Versions.expected(ifMatch);
        return transactions.run(actor, idempotencyKey, "amend " + id, request, () -> {
            locks.exclusive(id);
            Instant now = clock.instant();
            commands.send(
                    new AmendTender(
                            id, request.description(), request.rationale(), request.tenderPeriodEnd(), expected, now),
                    actor,
                    now);
            TenderResponse amended = load(id);
            return changed(URI.create(BASE + id + "/amendments/" + amended.amendmentNumber()), amended);
        });
    }

    @PostMapping("/{id}/cancellation")
    @Operation(summary = "Cancel the tender with a reason; money committed for it is released")
    ResponseEntity<?> cancel(
            @PathVariable UUID id,
            @Valid @RequestBody CancelTenderRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Parameter(hidden = true) Actor actor) {
        TenderAccess.requireMayCancel(actor, load(id));
        Long expected = Versions.expected(ifMatch);
        return transactions.run(actor, idempotencyKey, "cancel " + id, request, () -> {
            locks.exclusive(id);
            Instant now = clock.instant();
            commands.send(new CancelTender(id, request.reason(), expected, now), actor, now);
            return changed(URI.create(BASE + id + "/cancellation"), load(id));
        });
    }

    @PostMapping("/{id}/enquiries")
    @Operation(summary = "Ask a question about the published tender (supplier)")
    ResponseEntity<?> enquire(
            @PathVariable UUID id,
            @Valid @RequestBody EnquiryRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            @Parameter(hidden = true) Actor actor) {
        TenderAccess.requireSupplier(actor, load(id));
        disclosure.requireVisible(Optional.of(actor), id);
        return transactions.run(actor, idempotencyKey, "enquire " + id, request, () -> {
            UUID enquiryId = UUID.randomUUID();
            Instant now = clock.instant();
            commands.send(new RaiseEnquiry(id, enquiryId, actor.organisationId(), request.question(), now), actor, now);
            return changed(URI.create(BASE + id + "/enquiries/" + enquiryId), load(id));
        });
    }

    @PostMapping("/{id}/enquiries/{enquiryId}/answer")
    @Operation(summary = "Answer an enquiry (purchasing agency); the answer is published")
    ResponseEntity<?> answer(
            @PathVariable UUID id,
            @PathVariable UUID enquiryId,
            @Valid @RequestBody AnswerRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            @Parameter(hidden = true) Actor actor) {
        TenderAccess.requireRunsProcedures(actor, load(id));
        return transactions.run(actor, idempotencyKey, "answer " + enquiryId, request, () -> {
            Instant now = clock.instant();
            commands.send(new AnswerEnquiry(id, enquiryId, request.answer(), now), actor, now);
            return changed(URI.create(BASE + id + "/enquiries/" + enquiryId), load(id));
        });
    }

    private static DraftTender draftCommand(
            UUID id, DraftTenderRequest request, BudgetLineResponse line, Actor actor, Instant now) {
        List<Item> items = request.items().stream()
                .map(i -> new Item(i.description(), i.classificationCode(), i.quantity(), i.unit(), i.estimatedValue()))
                .toList();
        List<Criterion> criteria = request.criteria() == null
                ? List.of()
                : request.criteria().stream()
                        .map(c -> new Criterion(c.name(), c.weight(), c.price()))
                        .toList();
        return new DraftTender(
                id,
                actor.organisationId(),
                line.id(),
                line.available(),
                request.title(),
                request.description(),
                request.category(),
                request.method(),
                request.awardCriteria(),
                criteria,
                items,
                line.currency(),
                request.tenderPeriodEnd(),
                request.invitedSupplierIds() == null ? List.of() : request.invitedSupplierIds(),
                request.justification(),
                now);
    }

    private TenderResponse load(UUID id) {
        return tenders.find(id).orElseThrow(() -> new NotFoundException("tender", id));
    }

    private static ResponseEntity<TenderResponse> changed(URI location, TenderResponse tender) {
        return ResponseEntity.created(location)
                .eTag(Versions.etag(tender.version()))
                .body(tender);
    }
}
