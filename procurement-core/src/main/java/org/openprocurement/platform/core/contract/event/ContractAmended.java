package org.openprocurement.platform.core.contract.event;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The signed contract was amended, with its rationale and its value before and after. */
@Revision("1")
public record ContractAmended(
        UUID contractId,
        UUID amendmentId,
        int amendmentNumber,
        String description,
        String rationale,
        BigDecimal previousValue,
        BigDecimal newValue,
        Instant amendedAt)
        implements ContractEvent {}
