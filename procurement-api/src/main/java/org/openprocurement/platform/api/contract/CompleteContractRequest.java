package org.openprocurement.platform.api.contract;

import jakarta.validation.constraints.Size;

/** Notes on the completion, for example the final acceptance. */
public record CompleteContractRequest(@Size(max = 5000) String notes) {}
