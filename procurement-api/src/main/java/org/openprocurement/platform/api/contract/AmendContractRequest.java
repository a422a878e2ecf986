package org.openprocurement.platform.api.contract;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** An amendment of the signed contract: what changes, why, and the new value if it changes. */
public record AmendContractRequest(
        @Size(max = 5000) String description,
        @NotBlank @Size(max = 5000) String rationale,

        @DecimalMin(value = "0", inclusive = false) @Digits(integer = 16, fraction = 4)
        BigDecimal newValue) {}
