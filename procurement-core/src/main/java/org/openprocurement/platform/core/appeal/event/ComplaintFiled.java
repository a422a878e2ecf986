package org.openprocurement.platform.core.appeal.event;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A supplier complained in time about the answer to its challenge; the decision is due by {@code decisionDueAt}. */
@Revision("1")
public record ComplaintFiled(
        UUID complaintId,
        UUID challengeId,
        UUID tenderId,
        String supplierId,
        String handlingOrganisationId,
        String grounds,
        Instant complaintPeriodEndsAt,
        Instant decisionDueAt,
        Instant filedAt)
        implements ComplaintEvent {}
