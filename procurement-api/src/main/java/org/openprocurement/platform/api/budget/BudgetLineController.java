package org.openprocurement.platform.api.budget;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.openprocurement.platform.api.organisation.OrganisationDirectory;
import org.openprocurement.platform.api.organisation.OrganisationKind;
import org.openprocurement.platform.api.security.Actor;
import org.openprocurement.platform.api.web.CommandSender;
import org.openprocurement.platform.api.web.CommandTransactions;
import org.openprocurement.platform.api.web.InvalidInputException;
import org.openprocurement.platform.api.web.NotFoundException;
import org.openprocurement.platform.api.web.RequestRefusedException;
import org.openprocurement.platform.api.web.Versions;
import org.openprocurement.platform.core.budget.command.AppropriateBudgetLine;
import org.openprocurement.platform.core.budget.command.CommitFunds;
import org.openprocurement.platform.core.budget.command.ReleaseFunds;
import org.openprocurement.platform.core.budget.command.SpendFunds;
import org.openprocurement.platform.core.shared.Money;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Budget lines: appropriation by finance, commitments and releases by the owning agency, spending. */
@RestController
@RequestMapping("/api/budget-lines")
@Tag(
        name = "Budget lines",
        description = "Appropriations and the money committed, spent and still available on them. Reads come "
                + "from a projection updated in the same transaction as the events, so they reflect every "
                + "acknowledged command.")
class BudgetLineController {

    private static final String BASE = "/api/budget-lines/";

    private final CommandSender commands;
    private final CommandTransactions transactions;
    private final BudgetLineQueries queries;
    private final OrganisationDirectory organisations;
    private final Clock clock;
    private final ZoneId fiscalZone;

    BudgetLineController(
            CommandSender commands,
            CommandTransactions transactions,
            BudgetLineQueries queries,
            OrganisationDirectory organisations,
            Clock clock,
            @Value("${procurement.fiscal-time-zone:Asia/Shanghai}") ZoneId fiscalZone) {
        this.commands = commands;
        this.transactions = transactions;
        this.queries = queries;
        this.organisations = organisations;
        this.clock = clock;
        this.fiscalZone = fiscalZone;
    }

    @PostMapping
    @Operation(summary = "Appropriate a budget line (finance)")
    ResponseEntity<?> appropriate(
            @Valid @RequestBody AppropriateBudgetLineRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            @Parameter(hidden = true) Actor actor) {
        BudgetLineAccess.requireMayAppropriate(actor);
        requireBudgetHolder(request.organisationId());
        requireMinorUnits(request.amount(), request.currency());
        return transactions.run(actor, idempotencyKey, "appropriate", request, () -> {
            UUID id = UUID.randomUUID();
            Instant now = clock.instant();
            commands.send(
                    new AppropriateBudgetLine(
                            id,
                            request.organisationId(),
                            request.fiscalYear(),
                            request.classificationCode(),
                            request.purpose(),
                            request.amount(),
                            request.currency(),
                            request.availableUntil() != null
                                    ? request.availableUntil()
                                    : endOfFiscalYear(request.fiscalYear()),
                            now),
                    actor,
                    now);
            return created(URI.create(BASE + id), load(id));
        });
    }

    @GetMapping("/{id}")
    @Operation(summary = "One budget line with its balances and commitments")
    ResponseEntity<BudgetLineResponse> one(@PathVariable UUID id, @Parameter(hidden = true) Actor actor) {
        BudgetLineResponse line = BudgetLineAccess.visible(actor, load(id));
        return ResponseEntity.ok().eTag(Versions.etag(line.version())).body(line);
    }

    @GetMapping
    @Operation(summary = "The budget lines of one organisation, optionally of one fiscal year")
    List<BudgetLineResponse> list(
            @RequestParam String organisation,
            @RequestParam(required = false) Integer fiscalYear,
            @Parameter(hidden = true) Actor actor) {
        BudgetLineAccess.requireMayListFor(actor, organisation);
        return queries.findByOrganisation(organisation, fiscalYear);
    }

    @PostMapping("/{id}/commitments")
    @Operation(summary = "Commit money on the line for a named purpose")
    ResponseEntity<?> commit(
            @PathVariable UUID id,
            @Valid @RequestBody CommitFundsRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Parameter(hidden = true) Actor actor) {
        requireMinorUnits(request.amount(), BudgetLineAccess.requireMayCommit(actor, load(id)));
        Long expected = Versions.expected(ifMatch);
        return transactions.run(actor, idempotencyKey, "commit " + id, request, () -> {
            UUID commitmentId = UUID.randomUUID();
            Instant now = clock.instant();
            commands.send(
                    new CommitFunds(id, commitmentId, request.purpose(), request.amount(), expected, now), actor, now);
            return created(commitmentUri(id, commitmentId), load(id));
        });
    }

    @PostMapping("/{id}/commitments/{commitmentId}/releases")
    @Operation(summary = "Release unspent money of a commitment back to the line")
    ResponseEntity<?> release(
            @PathVariable UUID id,
            @PathVariable UUID commitmentId,
            @Valid @RequestBody ReleaseFundsRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Parameter(hidden = true) Actor actor) {
        requireMinorUnits(request.amount(), BudgetLineAccess.requireMayCommit(actor, load(id)));
        Long expected = Versions.expected(ifMatch);
        return transactions.run(actor, idempotencyKey, "release " + commitmentId, request, () -> {
            Instant now = clock.instant();
            commands.send(
                    new ReleaseFunds(id, commitmentId, request.amount(), request.reason(), expected, now), actor, now);
            return created(commitmentUri(id, commitmentId), load(id));
        });
    }

    @PostMapping("/{id}/commitments/{commitmentId}/spendings")
    @Operation(summary = "Record that committed money was paid out (finance)")
    ResponseEntity<?> spend(
            @PathVariable UUID id,
            @PathVariable UUID commitmentId,
            @Valid @RequestBody SpendFundsRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Parameter(hidden = true) Actor actor) {
        requireMinorUnits(request.amount(), BudgetLineAccess.requireMaySpend(actor, load(id)));
        Long expected = Versions.expected(ifMatch);
        return transactions.run(actor, idempotencyKey, "spend " + commitmentId, request, () -> {
            Instant now = clock.instant();
            UUID spendingId = UUID.randomUUID();
            commands.send(
                    new SpendFunds(id, commitmentId, spendingId, request.amount(), request.reference(), expected, now),
                    actor,
                    now);
            return created(commitmentUri(id, commitmentId), load(id));
        });
    }

    private BudgetLineResponse load(UUID id) {
        return queries.find(id).orElseThrow(() -> new NotFoundException("budget line", id));
    }

    private void requireBudgetHolder(String organisationId) {
        boolean holder = organisations
                .find(organisationId)
                .map(o -> o.kind() == OrganisationKind.USING_AGENCY || o.kind() == OrganisationKind.PURCHASING_AGENCY)
                .orElse(false);
        if (!holder) {
            throw new RequestRefusedException(
                    HttpStatus.UNPROCESSABLE_ENTITY,
                    "not-a-budget-holder",
                    "Budget lines are appropriated to agencies; " + organisationId + " is not one.");
        }
    }

    private static void requireMinorUnits(BigDecimal amount, BudgetLineResponse line) {
        requireMinorUnits(amount, line.currency());
    }

    private static void requireMinorUnits(BigDecimal amount, String currency) {
        if (!Money.fitsMinorUnit(amount, currency)) {
            throw new InvalidInputException("amount", "has more decimals than " + currency + " allows");
        }
    }

    private Instant endOfFiscalYear(int fiscalYear) {
        return LocalDate.of(fiscalYear + 1, 1, 1).atStartOfDay(fiscalZone).toInstant();
    }

    private static URI commitmentUri(UUID lineId, UUID commitmentId) {
        return URI.create(BASE + lineId + "/commitments/" + commitmentId);
    }

    private static ResponseEntity<BudgetLineResponse> created(URI location, BudgetLineResponse line) {
        return ResponseEntity.created(location)
                .eTag(Versions.etag(line.version()))
                .body(line);
    }
}
