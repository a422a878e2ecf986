package org.openprocurement.platform.api.bid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import org.openprocurement.platform.api.ledger.LedgerSeals;
import org.openprocurement.platform.api.security.Actor;
import org.openprocurement.platform.api.security.Actors;
import org.openprocurement.platform.api.security.Role;
import org.openprocurement.platform.api.tender.TenderDisclosure;
import org.openprocurement.platform.api.tender.TenderLocks;
import org.openprocurement.platform.api.web.CommandBatches;
import org.openprocurement.platform.api.web.CommandSender;
import org.openprocurement.platform.api.web.CommandTransactions;
import org.openprocurement.platform.api.web.InvalidInputException;
import org.openprocurement.platform.api.web.Problems;
import org.openprocurement.platform.api.web.RequestRefusedException;
import org.openprocurement.platform.api.web.Versions;
import org.openprocurement.platform.core.bid.BidIds;
import org.openprocurement.platform.core.bid.BidOutcome;
import org.openprocurement.platform.core.bid.BidReceipt;
import org.openprocurement.platform.core.bid.command.BidTerms;
import org.openprocurement.platform.core.bid.command.ConfirmBid;
import org.openprocurement.platform.core.bid.command.SubmitBid;
import org.openprocurement.platform.core.bid.command.WithdrawBid;
import org.openprocurement.platform.core.shared.Money;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Sealed bids: submission, replacement, withdrawal and confirmation by the supplier; the opened bids after. */
@RestController
@RequestMapping("/api/tenders/{tenderId}/bids")
@Tag(
        name = "Bids",
        description = "Sealed bids of suppliers. Before the opening a supplier sees only its own bid and everyone "
                + "else sees an empty list; after it the opened bids are public. Reads come from a projection "
                + "updated in the same transaction as the events.")
class BidController {

    private final CommandSender commands;
    private final CommandTransactions transactions;
    private final CommandBatches batches;
    private final BidQueries bids;
    private final BidTermsReader terms;
    private final BidDocuments documents;
    private final TenderLocks locks;
    private final Actors actors;
    private final Clock clock;
    private final LedgerSeals seals;
    private final TenderDisclosure disclosure;

    BidController(
            CommandSender commands,
            CommandTransactions transactions,
            CommandBatches batches,
            BidQueries bids,
            BidTermsReader terms,
            BidDocuments documents,
            TenderLocks locks,
            Actors actors,
            Clock clock,
            LedgerSeals seals,
            TenderDisclosure disclosure) {
        this.disclosure = disclosure;
        this.commands = commands;
        this.transactions = transactions;
        this.batches = batches;
        this.bids = bids;
        this.terms = terms;
        this.documents = documents;
        this.locks = locks;
        this.actors = actors;
        this.clock = clock;
        this.seals = seals;
    }

    @PostMapping
    @Operation(summary = "Submit a sealed bid, or replace the supplier's active bid (supplier)")
    ResponseEntity<?> submit(
            @PathVariable UUID tenderId,
            @Valid @RequestBody SubmitBidRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            @Parameter(hidden = true) Actor actor) {
        if (!actor.hasRole(Role.SUPPLIER)) {
            throw new AccessDeniedException("Only suppliers bid");
        }
        String supplierId = actor.organisationId();
        UUID bidId = BidIds.of(tenderId, supplierId);
        BidDocuments.Sealed sealed = documents.seal(tenderId, supplierId, request);
        // Bids to one tender that arrive together commit in one transaction, under one shared tender lock, and
        // read the tender once.
        return batches.run(
                tenderId, t -> locks.shared(tenderId), actor, idempotencyKey, "submit bid " + tenderId, request, () -> {
                    TenderForBids forBids = terms.forBids(tenderId);
                    if (forBids.secret()) {
                        disclosure.requireVisible(Optional.of(actor), tenderId);
                    }
                    TenderTerms tender = forBids.forSupplier(supplierId);
                    if (!Money.fitsMinorUnit(request.price(), tender.currency())) {
                        throw new InvalidInputException(
                                "price", "has more decimals than " + tender.currency() + " allows");
                    }
                    Instant now = clock.instant();
                    BidReceipt receipt = commands.send(
                            new SubmitBid(
                                    bidId,
                                    tenderId,
                                    supplierId,
                                    sealed.content(),
                                    sealed.digest(),
                                    terms.at(tender, now),
                                    now),
                            actor,
                            now);
                    if (receipt.outcome() == BidOutcome.REJECTED_LATE) {
                        return late(tender, now);
                    }
                    return ResponseEntity.created(location(tenderId, bidId))
                            .eTag(Versions.etag(receipt.version()))
                            .body(new BidReceiptResponse(
                                    bidId,
                                    tenderId,
                                    now,
                                    sealed.digest(),
                                    receipt.outcome().name()));
                });
    }

    @GetMapping
    @Operation(summary = "Before the opening: the caller's own active bid, if any; after it: every opened bid")
    List<?> list(@PathVariable UUID tenderId) {
        Optional<Actor> actor = actors.current();
        TenderTerms tender = terms.tender(tenderId, null);
        Set<String> masked = disclosure.requireVisible(actor, tenderId);
        if (tender.opened()) {
            return bids.opened(tenderId).stream()
                    .map(bid -> masked(bid, masked))
                    .toList();
        }
        // Nobody but the bidder learns anything before the opening, not even how many bids there are.
        return bidderOf(actor, tenderId).flatMap(bidId -> bids.active(tenderId, bidId)).stream()
                .toList();
    }

    @GetMapping("/{bidId}")
    @Operation(summary = "One bid: the bidder's own before the opening, any opened bid after it")
    ResponseEntity<?> one(@PathVariable UUID tenderId, @PathVariable UUID bidId) {
        Optional<Actor> actor = actors.current();
        TenderTerms tender = terms.tender(tenderId, null);
        Set<String> masked = disclosure.requireVisible(actor, tenderId);
        if (tender.opened()) {
            Optional<OpenedBidResponse> opened = bids.opened(tenderId, bidId);
            if (opened.isPresent()) {
                return ResponseEntity.ok(masked(opened.get(), masked));
            }
        }
        StoredBid own = bidderOf(actor, tenderId)
                .filter(bidId::equals)
                .flatMap(id -> bids.find(tenderId, id))
                .orElseThrow(BidController::noSuchBid);
        return ResponseEntity.ok().eTag(Versions.etag(own.version())).body(own.bid());
    }

    @GetMapping("/{bidId}/seal")
    @Operation(
            summary = "Proof that the bid, as last submitted, is sealed into the public ledger: its leaf, the signed "
                    + "checkpoint that covers it and the inclusion proof (the bidder before the opening, anyone after)")
    LedgerSeals.Seal seal(@PathVariable UUID tenderId, @PathVariable UUID bidId) {
        Optional<Actor> actor = actors.current();
        TenderTerms tender = terms.tender(tenderId, null);
        disclosure.requireVisible(actor, tenderId);
        boolean visible = tender.opened() && bids.opened(tenderId, bidId).isPresent()
                || bidderOf(actor, tenderId).filter(bidId::equals).isPresent();
        StoredBid bid = Optional.of(visible)
                .filter(Boolean::booleanValue)
                .flatMap(v -> bids.find(tenderId, bidId))
                .orElseThrow(BidController::noSuchBid);
        return seals.of(bidId.toString(), bid.version())
                .orElseThrow(() -> new RequestRefusedException(
                        HttpStatus.NOT_FOUND,
                        "not-sealed-yet",
                        "The bid is recorded; its seal into the public ledger follows within seconds."));
    }

    @PostMapping("/{bidId}/withdrawal")
    @Operation(summary = "Withdraw the supplier's active bid before the deadline")
    ResponseEntity<?> withdraw(
            @PathVariable UUID tenderId,
            @PathVariable UUID bidId,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            @Parameter(hidden = true) Actor actor) {
        return change(
                actor, idempotencyKey, "withdraw bid", tenderId, bidId, (t, now) -> new WithdrawBid(bidId, t, now));
    }

    @PostMapping("/{bidId}/confirmation")
    @Operation(summary = "Confirm the supplier's active bid against the tender as last amended, so that it counts")
    ResponseEntity<?> confirm(
            @PathVariable UUID tenderId,
            @PathVariable UUID bidId,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            @Parameter(hidden = true) Actor actor) {
        return change(actor, idempotencyKey, "confirm bid", tenderId, bidId, (t, now) -> new ConfirmBid(bidId, t, now));
    }

    private ResponseEntity<?> change(
            Actor actor,
            String idempotencyKey,
            String operation,
            UUID tenderId,
            UUID bidId,
            BiFunction<BidTerms, Instant, Object> command) {
        if (bidderOf(Optional.of(actor), tenderId).filter(bidId::equals).isEmpty()) {
            throw noSuchBid();
        }
        return transactions.run(actor, idempotencyKey, operation + " " + bidId, bidId, () -> {
            locks.shared(tenderId);
            TenderTerms tender = terms.tender(tenderId, actor.organisationId());
            stored(tenderId, bidId);
            Instant now = clock.instant();
            commands.send(command.apply(terms.at(tender, now), now), actor, now);
            StoredBid changed = stored(tenderId, bidId);
            return ResponseEntity.created(location(tenderId, bidId))
                    .eTag(Versions.etag(changed.version()))
                    .body(changed.bid());
        });
    }

    /** An opened bid without its price when the tender withholds the award value, which the price would give away. */
    private static OpenedBidResponse masked(OpenedBidResponse bid, Set<String> masked) {
        return masked.contains("bids.details.value")
                ? new OpenedBidResponse(bid.bidId(), bid.supplierId(), null, bid.contentDigest(), bid.counted())
                : bid;
    }

    /** The id the caller's own bid in the tender has, if the caller is a supplier. */
    private static Optional<UUID> bidderOf(Optional<Actor> actor, UUID tenderId) {
        return actor.filter(a -> a.hasRole(Role.SUPPLIER)).map(a -> BidIds.of(tenderId, a.organisationId()));
    }

    private StoredBid stored(UUID tenderId, UUID bidId) {
        return bids.find(tenderId, bidId).orElseThrow(BidController::noSuchBid);
    }

    /** The attempt is answered, not thrown: its rejection is on the record and must be committed. */
    private static ResponseEntity<?> late(TenderTerms tender, Instant now) {
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_ENTITY)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(
                        HttpStatus.UNPROCESSABLE_ENTITY,
                        "late-bid",
                        "The deadline for bids was " + tender.deadline() + "; this bid, received at " + now
                                + ", is late. The attempt is on record; the bid was not accepted."));
    }

    /** The same answer for a bid that does not exist and for one the caller may not see. */
    private static RequestRefusedException noSuchBid() {
        return new RequestRefusedException(HttpStatus.NOT_FOUND, "not-found", "No such bid is visible to you.");
    }

    private static URI location(UUID tenderId, UUID bidId) {
        return URI.create("/api/tenders/" + tenderId + "/bids/" + bidId);
    }
}
