package org.openprocurement.platform.api.budget;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** Finance's record that committed money was paid out, with the payment reference. */
public record SpendFundsRequest(
        @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 16, fraction = 4)
        BigDecimal amount,

        @NotBlank @Size(max = 200) String reference) {}
