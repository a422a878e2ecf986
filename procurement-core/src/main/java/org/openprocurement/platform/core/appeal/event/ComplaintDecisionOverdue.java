package org.openprocurement.platform.core.appeal.event;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;
import org.openprocurement.platform.core.supervision.event.StepOverdue;

/** The 30 working days to decide a complaint (GPL art. 56) ended without a decision. */
@Revision("1")
public record ComplaintDecisionOverdue(
        UUID complaintId, UUID tenderId, String responsibleOrganisationId, Instant dueAt, Instant recordedAt)
        implements ComplaintEvent, StepOverdue {

    @Override
    public UUID stepId() {
        return complaintId;
    }

    @Override
    public UUID processId() {
        return tenderId;
    }

    @Override
    public String step() {
        return "complaint-decision";
    }
}
