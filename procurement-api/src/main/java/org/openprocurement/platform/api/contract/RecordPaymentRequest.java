package org.openprocurement.platform.api.contract;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.UUID;

/** A payment to the supplier: against a met milestone, or {@code advance: true}; with its reference. */
public record RecordPaymentRequest(
        UUID milestoneId,
        Boolean advance,

        @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 16, fraction = 4)
        BigDecimal amount,

        @NotBlank @Size(max = 200) String reference) {}
