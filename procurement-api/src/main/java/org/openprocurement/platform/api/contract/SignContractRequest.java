package org.openprocurement.platform.api.contract;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** The signature of the contract; the advance it agrees, in percent of its value, if any. */
public record SignContractRequest(@Min(0) @Max(100) Integer advancePercent) {}
