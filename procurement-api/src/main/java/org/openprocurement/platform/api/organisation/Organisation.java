package org.openprocurement.platform.api.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * An organisation known to the platform.
 *
 * @param id short stable identifier used in URLs and event metadata
 * @param name official name
 * @param kind its part in procurement
 * @param registrationNumber the official registration identifier (for example a unified social credit code)
 */
public record Organisation(
        @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,62}")
        String id,

        @NotBlank String name,
        @NotNull OrganisationKind kind,
        String registrationNumber) {}
