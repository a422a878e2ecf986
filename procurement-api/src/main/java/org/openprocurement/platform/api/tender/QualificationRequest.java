package org.openprocurement.platform.api.tender;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** The purchasing agency's qualification decision on one opened bid, with its reason and scores. */
public record QualificationRequest(
        @NotNull UUID bidId,
        @NotNull Boolean qualified,
        @NotBlank @Size(max = 5000) String reason,
        @Valid @Size(max = 20) List<ScoreRequest> scores) {

    /** Points on one published non-price criterion. */
    public record ScoreRequest(
            @NotBlank @Size(max = 200) String criterion,
            @NotNull @Min(0) @Max(100) Integer points) {}
}
