package org.openprocurement.platform.api.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.openprocurement.platform.api.security.Actor;
import org.openprocurement.platform.api.security.Role;
import org.openprocurement.platform.api.tender.TenderAsOf;
import org.openprocurement.platform.api.tender.TenderResponse;
import org.openprocurement.platform.api.web.InvalidInputException;
import org.openprocurement.platform.api.web.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What auditors read: the recorded history of any process. */
@RestController
@Tag(name = "Audit", description = "Auditors read the full recorded history of any process; they change nothing.")
class AuditController {

    private final ProcessHistory history;
    private final TenderAsOf asOf;
    private final ObjectMapper json;

    AuditController(ProcessHistory history, TenderAsOf asOf, ObjectMapper json) {
        this.history = history;
        this.asOf = asOf;
        this.json = json;
    }

    /** What changed in a process between two instants. */
    record Diff(Instant from, Instant to, List<StateDiff.Change> changes) {}

    @GetMapping("/api/audit/processes/{id}/diff")
    @Operation(
            summary = "What changed in the tender between two instants, field by field (JSON pointers), each state "
                    + "rebuilt from the events recorded up to it (auditor)")
    Diff diff(
            @PathVariable UUID id,
            @RequestParam Instant from,
            @RequestParam Instant to,
            @Parameter(hidden = true) Actor actor) {
        requireAuditor(actor);
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", "must not be before from");
        }
        var before = asOf.at(id, from);
        var after = asOf.at(id, to);
        if (after.isEmpty()) {
            throw new NotFoundException("process at that instant", id);
        }
        return new Diff(
                from,
                to,
                StateDiff.between(
                        before.map(b -> (JsonNode) json.valueToTree(b)).orElse(null), json.valueToTree(after.get())));
    }

    @GetMapping("/api/audit/processes/{id}/history")
    @Operation(
            summary = "Every event of a procurement process in the order recorded, with who acted, for which "
                    + "organisation, in which role, when, the correlation id and the ledger leaf (auditor)")
    List<ProcessHistory.Entry> history(@PathVariable UUID id, @Parameter(hidden = true) Actor actor) {
        requireAuditor(actor);
        return history.of(id).orElseThrow(() -> new NotFoundException("process", id));
    }

    @GetMapping("/api/audit/processes/{id}/state")
    @Operation(
            summary = "The tender exactly as the live API showed it at an instant, rebuilt by replaying the events "
                    + "recorded up to then (auditor)")
    TenderResponse state(@PathVariable UUID id, @RequestParam Instant asOf, @Parameter(hidden = true) Actor actor) {
        requireAuditor(actor);
        return this.asOf.at(id, asOf).orElseThrow(() -> new NotFoundException("process at that instant", id));
    }

    private static void requireAuditor(Actor actor) {
        if (!actor.hasRole(Role.AUDITOR, Role.ADMIN)) {
            throw new AccessDeniedException("Only auditors read process histories");
        }
    }
}
