package org.openprocurement.platform.core.contract.event;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** Finance paid the supplier against a met milestone, or as the advance the contract allows. */
@Revision("1")
public record PaymentRecorded(
        UUID contractId,
        UUID paymentId,
        UUID budgetLineId,
        UUID commitmentId,
        UUID milestoneId,
        boolean advance,
        BigDecimal amount,
        String reference,
        Instant paidAt)
        implements ContractEvent {}
