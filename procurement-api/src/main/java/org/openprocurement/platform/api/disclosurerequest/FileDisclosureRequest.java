package org.openprocurement.platform.api.disclosurerequest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A request for disclosure of information about a process, filed by anyone.
 *
 * @param information what is asked for (at most 2,000 characters)
 */
public record FileDisclosureRequest(
        @NotBlank @Size(max = 2000) String information) {}
