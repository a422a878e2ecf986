package org.openprocurement.platform.core.appeal.command;

import java.time.Instant;
import java.util.UUID;

/**
 * A supplier unsatisfied with the answer to its challenge, or not answered in time, complains to the finance
 * department (投诉).
 *
 * @param handlingOrganisationId the finance (supervision) department that must decide
 */
public record FileComplaint(
        UUID complaintId,
        String supplierId,
        String handlingOrganisationId,
        String grounds,
        ChallengeStanding challenge,
        Instant filedAt) {}
