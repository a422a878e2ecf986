package org.openprocurement.platform.core.contract.event;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;
import org.openprocurement.platform.core.method.ProcurementMethod;

/** The award opened a contract awaiting signature, for the awarded value, paid from the tender's commitment. */
@Revision("1")
public record ContractCreated(
        UUID contractId,
        UUID tenderId,
        UUID awardId,
        String buyerId,
        String procuringEntityId,
        String supplierId,
        ProcurementMethod method,
        BigDecimal value,
        String currency,
        UUID budgetLineId,
        UUID commitmentId,
        Instant standstillEndsAt,
        Instant signatureDueAt,
        Instant awardedAt)
        implements ContractEvent {}
