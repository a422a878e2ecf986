package org.openprocurement.platform.core.contract.command;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Finance pays the supplier against a met milestone, or as the advance the contract allows. */
public record RecordPayment(
        @TargetAggregateIdentifier UUID contractId,
        UUID paymentId,
        UUID milestoneId,
        boolean advance,
        BigDecimal amount,
        String reference,
        @TargetAggregateVersion Long expectedVersion,
        Instant paidAt) {}
