package org.openprocurement.platform.api.appeal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A complaint (投诉) with its decision and any suspension of the procurement. The decision is published; until
 * then only the parties and oversight see the complainant and the grounds.
 *
 * @param status FILED, DECIDED, or OVERDUE when the decision period passed without a decision
 */
public record ComplaintResponse(
        UUID id,
        UUID challengeId,
        UUID tenderId,
        String supplierId,
        String grounds,
        String status,
        Instant filedAt,
        Instant complaintPeriodEndsAt,
        Instant decisionDueAt,
        String outcome,
        String reasoning,
        Instant decidedAt,
        Boolean late,
        List<SuspensionResponse> suspensions,
        long version) {

    /** What the public sees of a complaint not decided yet. */
    ComplaintResponse redacted() {
        return new ComplaintResponse(
                id,
                challengeId,
                tenderId,
                null,
                null,
                status,
                filedAt,
                complaintPeriodEndsAt,
                decisionDueAt,
                outcome,
                reasoning,
                decidedAt,
                late,
                suspensions,
                version);
    }
}
