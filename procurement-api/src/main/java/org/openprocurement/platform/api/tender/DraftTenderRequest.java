package org.openprocurement.platform.api.tender;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.openprocurement.platform.core.method.AwardCriteria;
import org.openprocurement.platform.core.method.ProcurementCategory;
import org.openprocurement.platform.core.method.ProcurementMethod;

/** A using agency's statement of need: the tender draft. Amounts are in the budget line's currency. */
public record DraftTenderRequest(
        @NotNull UUID budgetLineId,
        @NotBlank @Size(max = 500) String title,
        @Size(max = 20000) String description,
        @NotNull ProcurementCategory category,
        @NotNull ProcurementMethod method,
        @NotNull AwardCriteria awardCriteria,
        @Valid @Size(max = 20) List<CriterionRequest> criteria,
        @NotEmpty @Valid @Size(max = 200) List<ItemRequest> items,
        @NotNull Instant tenderPeriodEnd,
        @Size(max = 100) List<@NotBlank @Size(max = 64) String> invitedSupplierIds,
        @Size(max = 20000) String justification) {

    /** One line of what is bought. */
    public record ItemRequest(
            @NotBlank @Size(max = 1000) String description,

            @NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9.\\-/]{0,63}")
            String classificationCode,

            @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 12, fraction = 4)
            BigDecimal quantity,

            @NotBlank @Size(max = 32) String unit,

            @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 16, fraction = 4)
            BigDecimal estimatedValue) {}

    /** One published scoring criterion. */
    public record CriterionRequest(
            @NotBlank @Size(max = 200) String name,
            @NotNull @Min(1) @Max(100) Integer weight,
            boolean price) {}
}
