package org.openprocurement.platform.api.disclosurerequest;

import java.time.Instant;
import java.util.UUID;

/**
 * A request for disclosure about a process, public with its answer: what was asked, when the answer is due, any
 * extension and its reason, and the decision with what was disclosed and the grounds for withholding.
 *
 * @param status PENDING, EXTENDED, OVERDUE or ANSWERED
 * @param answeredLate true when the answer came after it was due
 * @param version the request's aggregate version, also sent as the ETag
 */
public record DisclosureRequestResponse(
        UUID requestId,
        UUID processId,
        String responsibleOrganisationId,
        String information,
        String status,
        Instant requestedAt,
        Instant dueAt,
        String extensionReason,
        Instant extendedAt,
        Instant overdueSince,
        String decision,
        String disclosedInformation,
        String grounds,
        Instant answeredAt,
        boolean answeredLate,
        long version) {}
