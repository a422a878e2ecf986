package org.openprocurement.platform.api.reconciliation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.openprocurement.platform.api.security.Actor;
import org.openprocurement.platform.api.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The operators' check that every read model still equals what the event store says. */
@RestController
@Tag(
        name = "Reconciliation",
        description = "Rebuilds every read model from the event store in one snapshot and compares it with the "
                + "live one, row for row; changes nothing (ADMIN). Costs a full replay: run it off-peak.")
class ReconciliationController {

    private final ProjectionReconciliation reconciliation;

    ReconciliationController(ProjectionReconciliation reconciliation) {
        this.reconciliation = reconciliation;
    }

    @GetMapping("/api/admin/reconciliation")
    @Operation(summary = "Compare the event store with every read model and list the differences")
    ReconciliationReport reconcile(@Parameter(hidden = true) Actor actor) {
        if (!actor.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("Only administrators reconcile the read models");
        }
        return reconciliation.run();
    }
}
