package org.openprocurement.platform.api.contract;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A payment to the supplier: against a milestone, or an advance. */
public record PaymentResponse(
        UUID id, UUID milestoneId, boolean advance, BigDecimal amount, String reference, Instant paidAt) {}
