package org.openprocurement.platform.api.budget;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A request to reserve money on a budget line, in the line's currency, for a named purpose. */
public record CommitFundsRequest(
        @NotBlank @Size(max = 500) String purpose,

        @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 16, fraction = 4)
        BigDecimal amount) {}
