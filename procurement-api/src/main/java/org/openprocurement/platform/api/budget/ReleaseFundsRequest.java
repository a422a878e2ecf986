package org.openprocurement.platform.api.budget;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A request to return unspent money of a commitment to the budget line. */
public record ReleaseFundsRequest(
        @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 16, fraction = 4)
        BigDecimal amount,

        @NotBlank @Size(max = 500) String reason) {}
