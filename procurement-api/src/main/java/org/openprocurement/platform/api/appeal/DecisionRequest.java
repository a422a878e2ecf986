package org.openprocurement.platform.api.appeal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.openprocurement.platform.core.appeal.ComplaintOutcome;

/** The finance department's written decision on a complaint. */
public record DecisionRequest(
        @NotNull ComplaintOutcome outcome,
        @NotBlank @Size(max = 10000) String reasoning) {}
