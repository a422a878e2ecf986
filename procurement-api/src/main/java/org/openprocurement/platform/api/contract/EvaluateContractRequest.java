package org.openprocurement.platform.api.contract;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A rating of the completed procedure's efficiency, 1 (poor) to 5 (excellent), with a comment. */
public record EvaluateContractRequest(
        @NotNull @Min(1) @Max(5) Integer score,
        @NotBlank @Size(max = 5000) String comment) {}
