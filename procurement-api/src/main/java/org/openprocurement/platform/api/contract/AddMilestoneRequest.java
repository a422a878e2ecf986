package org.openprocurement.platform.api.contract;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.openprocurement.platform.core.contract.MilestoneType;

/** A delivery, acceptance or payment milestone; only a payment milestone may name an amount. */
public record AddMilestoneRequest(
        @NotNull MilestoneType type,
        @NotBlank @Size(max = 500) String title,
        @NotNull LocalDate dueDate,

        @DecimalMin(value = "0", inclusive = false) @Digits(integer = 16, fraction = 4)
        BigDecimal amount) {}
