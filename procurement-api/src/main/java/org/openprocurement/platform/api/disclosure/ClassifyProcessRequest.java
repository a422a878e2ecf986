package org.openprocurement.platform.api.disclosure;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.openprocurement.platform.core.disclosure.Classification;

/**
 * The buyer's classification of a drafted tender.
 *
 * @param justification why anything is withheld (required for RESTRICTED and SECRET)
 */
public record ClassifyProcessRequest(
        @NotNull Classification classification,
        @Size(max = 2000) String justification) {}
