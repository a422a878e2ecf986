package org.openprocurement.platform.api.appeal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The finance department suspends the procurement for up to 30 days while it handles the complaint. */
public record SuspensionRequest(
        @NotNull @Min(1) @Max(30) Integer days,
        @NotBlank @Size(max = 2000) String reason) {}
