package org.openprocurement.platform.api.tender;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why the tender is cancelled; the reason is published. */
public record CancelTenderRequest(
        @NotBlank @Size(max = 5000) String reason) {}
