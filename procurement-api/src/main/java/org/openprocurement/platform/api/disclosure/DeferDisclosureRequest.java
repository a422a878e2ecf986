package org.openprocurement.platform.api.disclosure;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * The buyer withholds one field of a drafted tender until an access date.
 *
 * @param field {@code planning.budget}, {@code tender.value}, {@code tender.items} or {@code awards.value}
 */
public record DeferDisclosureRequest(
        @NotBlank @Size(max = 64) String field,
        @NotBlank @Size(max = 2000) String justification,
        @NotNull Instant disclosableAt) {}
