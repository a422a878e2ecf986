package org.openprocurement.platform.api.tender;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A tender as disclosed: what is bought, by which method and criteria, its deadline and status, with its
 * amendments and the published enquiries and answers.
 *
 * @param version the tender's aggregate version, also sent as the ETag
 */
public record TenderResponse(
        UUID id,
        String buyerId,
        String procuringEntityId,
        UUID budgetLineId,
        String title,
        String description,
        String category,
        String method,
        String awardCriteria,
        JsonNode criteria,
        JsonNode items,
        BigDecimal estimatedValue,
        String currency,
        Instant tenderPeriodEnd,
        JsonNode invitedSupplierIds,
        String justification,
        String status,
        int amendmentNumber,
        long version,
        Instant draftedAt,
        Instant publishedAt,
        Instant openedAt,
        Instant cancelledAt,
        String cancellationReason,
        String failureReason,
        Instant concludedAt,
        List<AmendmentResponse> amendments,
        List<EnquiryResponse> enquiries) {

    /** True once the tender was published: from then on it is public. */
    boolean disclosed() {
        return publishedAt != null;
    }
}
