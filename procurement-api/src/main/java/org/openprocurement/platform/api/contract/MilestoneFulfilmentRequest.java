package org.openprocurement.platform.api.contract;

import jakarta.validation.constraints.Size;

/** Notes on how the milestone was met, for example the acceptance report's number. */
public record MilestoneFulfilmentRequest(@Size(max = 5000) String notes) {}
