package org.openprocurement.platform.api.contract;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why the contract ends before completion. */
public record TerminateContractRequest(
        @NotBlank @Size(max = 5000) String reason) {}
