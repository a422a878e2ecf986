package org.openprocurement.platform.api.redflag;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.openprocurement.platform.api.security.Actor;
import org.openprocurement.platform.api.security.Role;
import org.openprocurement.platform.api.web.NotFoundException;
import org.openprocurement.platform.audit.redflag.RedFlags;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Red flags: risk indicators over each process's recorded events, for auditors and the supervision department. */
@RestController
@Tag(
        name = "Red flags",
        description = "Risk indicators computed from the event log on every request (a replay gives the same"
                + " flags); a flag is a reason to look closer, never a finding.")
class RedFlagController {

    private final ProcessFlags processes;
    private final RedFlags flags;

    RedFlagController(ProcessFlags processes, RedFlags flags) {
        this.processes = processes;
        this.flags = flags;
    }

    @GetMapping("/api/audit/processes/{id}/flags")
    @Operation(
            summary = "The red flags a procurement process raises, each with what was found and the ids of the"
                    + " events it rests on (auditor, finance)")
    ProcessFlagsResponse process(@PathVariable UUID id, @Parameter(hidden = true) Actor actor) {
        requireSupervision(actor);
        return processes.of(id).map(ProcessFlagsResponse::of).orElseThrow(() -> new NotFoundException("process", id));
    }

    @GetMapping("/api/audit/flags")
    @Operation(summary = "Every process of one buying agency that raises a red flag, oldest first (auditor, finance)")
    List<ProcessFlagsResponse> agency(
            @Parameter(description = "the using agency that buys") @RequestParam String organisationId,
            @Parameter(hidden = true) Actor actor) {
        requireSupervision(actor);
        return processes.ofBuyer(organisationId).stream()
                .map(ProcessFlagsResponse::of)
                .toList();
    }

    @GetMapping("/api/audit/flags/indicators")
    @Operation(summary = "Every red-flag indicator: its code, how it is computed and its source (auditor, finance)")
    List<IndicatorResponse> indicators(@Parameter(hidden = true) Actor actor) {
        requireSupervision(actor);
        return flags.indicators().stream().map(IndicatorResponse::of).toList();
    }

    private static void requireSupervision(Actor actor) {
        if (!actor.hasRole(Role.AUDITOR, Role.FINANCE, Role.ADMIN)) {
            throw new AccessDeniedException("Only auditors and the supervision department read red flags");
        }
    }
}
