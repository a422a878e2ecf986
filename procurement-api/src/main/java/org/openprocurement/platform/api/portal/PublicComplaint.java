package org.openprocurement.platform.api.portal;

import java.time.Instant;

/**
 * A complaint (投诉) as published: before the decision only that it was filed, and whether the procurement is
 * suspended; once decided also the complainant, the grounds, the outcome and the reasoning.
 *
 * @param complainantId the supplier that complained, null until the decision
 * @param grounds the grounds, null until the decision
 * @param status FILED, DECIDED or OVERDUE
 * @param outcome the decision's outcome as the enum name, null until decided
 * @param suspended whether the procurement is suspended now for this complaint
 */
public record PublicComplaint(
        String complainantId,
        String grounds,
        String status,
        Instant filedAt,
        Instant decisionDueAt,
        String outcome,
        String reasoning,
        Instant decidedAt,
        boolean suspended) {}
