package org.openprocurement.platform.api.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.openprocurement.platform.api.security.Actor;
import org.openprocurement.platform.api.security.Role;
import org.openprocurement.platform.api.web.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** What auditors read: the recorded history of any process. */
@RestController
@Tag(name = "Audit", description = "Auditors read the full recorded history of any process; they change nothing.")
class AuditController {

    private final ProcessHistory history;

    AuditController(ProcessHistory history) {
        this.history = history;
    }

    @GetMapping("/api/audit/processes/{id}/history")
    @Operation(
            summary = "Every event of a procurement process in the order recorded, with who acted, for which "
                    + "organisation, in which role, when, the correlation id and the ledger leaf (auditor)")
    List<ProcessHistory.Entry> history(@PathVariable UUID id, @Parameter(hidden = true) Actor actor) {
        if (!actor.hasRole(Role.AUDITOR, Role.ADMIN)) {
            throw new AccessDeniedException("Only auditors read process histories");
        }
        return history.of(id).orElseThrow(() -> new NotFoundException("process", id));
    }
}
