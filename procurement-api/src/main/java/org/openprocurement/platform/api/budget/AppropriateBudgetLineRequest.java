package org.openprocurement.platform.api.budget;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import org.openprocurement.platform.api.web.CurrencyCode;

/**
 * Finance's request to appropriate a budget line.
 *
 * @param availableUntil when uncommitted money lapses; the end of the fiscal year when omitted
 */
public record AppropriateBudgetLineRequest(
        @NotBlank @Size(max = 64) String organisationId,
        @NotNull @Min(2000) @Max(2100) Integer fiscalYear,

        @NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9.\\-/]{0,63}")
        String classificationCode,

        @NotBlank @Size(max = 500) String purpose,

        @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 16, fraction = 4)
        BigDecimal amount,

        @NotNull @CurrencyCode String currency,
        Instant availableUntil) {}
