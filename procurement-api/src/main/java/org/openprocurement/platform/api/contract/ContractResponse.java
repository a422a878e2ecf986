package org.openprocurement.platform.api.contract;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A contract with its milestones, payments and amendments, as projected.
 *
 * @param status AWAITING_SIGNATURE, SIGNED, COMPLETED or TERMINATED
 * @param signatureOverdue true once the 30 days from the award notice passed without a signature
 * @param released what went back to the budget line when the contract ended
 * @param version the contract's aggregate version, also sent as the ETag
 */
public record ContractResponse(
        UUID id,
        UUID tenderId,
        UUID awardId,
        String buyerId,
        String procuringEntityId,
        String supplierId,
        String method,
        String status,
        BigDecimal originalValue,
        BigDecimal value,
        BigDecimal paid,
        BigDecimal released,
        String currency,
        UUID budgetLineId,
        UUID commitmentId,
        Instant standstillEndsAt,
        Instant signatureDueAt,
        boolean signatureOverdue,
        Instant awardedAt,
        Instant signedAt,
        Boolean signedLate,
        int advancePercent,
        Instant endedAt,
        String endNotes,
        long version,
        List<MilestoneResponse> milestones,
        List<PaymentResponse> payments,
        List<ContractAmendmentResponse> amendments) {}
