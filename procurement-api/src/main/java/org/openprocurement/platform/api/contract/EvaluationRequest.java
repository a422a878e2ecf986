package org.openprocurement.platform.api.contract;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** A party's rating of the completed procedure behind a contract, posted to the evaluations collection. */
public record EvaluationRequest(
        @NotNull UUID contractId,
        @NotNull @Min(1) @Max(5) Integer score,
        @NotBlank @Size(max = 5000) String comment) {}
