package org.openprocurement.platform.core.contract.event;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * The contract ended before completion, or was withdrawn before signature (its award cancelled); what was
 * committed but not paid goes back to the budget line.
 */
@Revision("1")
public record ContractTerminated(
        UUID contractId,
        UUID budgetLineId,
        UUID commitmentId,
        boolean wasSigned,
        BigDecimal paid,
        BigDecimal released,
        String reason,
        Instant terminatedAt)
        implements ContractEvent {}
