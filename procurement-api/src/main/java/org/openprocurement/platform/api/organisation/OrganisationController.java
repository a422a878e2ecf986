package org.openprocurement.platform.api.organisation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.openprocurement.platform.api.web.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Public list of the organisations taking part in procurement on this platform. */
@RestController
@RequestMapping("/api/organisations")
@Tag(name = "Organisations", description = "Who takes part: agencies, suppliers, finance and audit. Public.")
class OrganisationController {

    private final OrganisationDirectory directory;

    OrganisationController(OrganisationDirectory directory) {
        this.directory = directory;
    }

    @GetMapping
    @Operation(summary = "List every organisation")
    List<Organisation> list() {
        return directory.organisations();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One organisation")
    Organisation one(@PathVariable String id) {
        return directory.find(id).orElseThrow(() -> new NotFoundException("organisation", id));
    }
}
