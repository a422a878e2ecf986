package org.openprocurement.platform.api.contract;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** An amendment of a signed contract, with its rationale and the value before and after. */
public record ContractAmendmentResponse(
        UUID id,
        int number,
        String description,
        String rationale,
        BigDecimal previousValue,
        BigDecimal newValue,
        Instant amendedAt) {}
