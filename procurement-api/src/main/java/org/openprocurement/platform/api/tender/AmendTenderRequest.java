package org.openprocurement.platform.api.tender;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** A change of the published tender documents, with its rationale and optionally a later deadline. */
public record AmendTenderRequest(
        @NotBlank @Size(max = 20000) String description,
        @NotBlank @Size(max = 5000) String rationale,
        Instant tenderPeriodEnd) {}
