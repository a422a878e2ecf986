package org.openprocurement.platform.api.disclosurerequest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The one extension of the time to answer a disclosure request.
 *
 * @param reason why more time is needed, told to the requester and the public
 */
public record ExtendDeadlineRequest(
        @NotBlank @Size(max = 2000) String reason) {}
