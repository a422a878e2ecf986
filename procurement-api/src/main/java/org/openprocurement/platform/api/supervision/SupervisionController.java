package org.openprocurement.platform.api.supervision;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.openprocurement.platform.api.security.Actor;
import org.openprocurement.platform.api.security.Role;
import org.openprocurement.platform.api.web.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** E-supervision: the steps with a legal deadline that were not taken in time, across every process. */
@RestController
@Tag(
        name = "Supervision",
        description = "Auditors and the finance (supervision) department follow every step that missed its legal"
                + " deadline, still open or done late.")
class SupervisionController {

    private final OverdueSteps steps;

    SupervisionController(OverdueSteps steps) {
        this.steps = steps;
    }

    @GetMapping("/api/audit/overdue")
    @Operation(
            summary = "Every step that missed its legal deadline (an enquiry answer, and every other step whose"
                    + " events report it), oldest due first, per responsible organisation; open or done late"
                    + " (auditor, finance). Read from a projection kept in the transaction of the events.")
    List<OverdueStep> overdue(
            @Parameter(description = "only steps this organisation owes") @RequestParam(required = false)
                    String organisationId,
            @Parameter(description = "only steps of this process") @RequestParam(required = false) UUID processId,
            @Parameter(description = "open or done-late") @RequestParam(required = false) String status,
            @Parameter(hidden = true) Actor actor) {
        requireSupervision(actor);
        return steps.find(organisationId, processId, status(status));
    }

    @GetMapping("/api/audit/overdue/organisations")
    @Operation(
            summary = "Per responsible organisation, how many steps are overdue and open and how many were done"
                    + " late (auditor, finance)")
    List<OverdueSummary> perOrganisation(@Parameter(hidden = true) Actor actor) {
        requireSupervision(actor);
        return steps.perOrganisation();
    }

    private static void requireSupervision(Actor actor) {
        if (!actor.hasRole(Role.AUDITOR, Role.FINANCE, Role.ADMIN)) {
            throw new AccessDeniedException("Only auditors and the supervision department read overdue steps");
        }
    }

    private static OverdueSteps.Status status(String status) {
        if (status == null) {
            return null;
        }
        return switch (status.toLowerCase(Locale.ROOT)) {
            case "open" -> OverdueSteps.Status.OPEN;
            case "done-late" -> OverdueSteps.Status.DONE_LATE;
            default -> throw new InvalidInputException("status", "must be open or done-late");
        };
    }
}
