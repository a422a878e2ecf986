package org.openprocurement.platform.core.contract.event;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** Every milestone was met and the contract is complete; what was committed but not paid goes back. */
@Revision("1")
public record ContractCompleted(
        UUID contractId,
        UUID budgetLineId,
        UUID commitmentId,
        BigDecimal paid,
        BigDecimal released,
        String notes,
        Instant completedAt)
        implements ContractEvent {}
