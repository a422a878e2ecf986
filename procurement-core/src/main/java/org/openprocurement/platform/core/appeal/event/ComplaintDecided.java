package org.openprocurement.platform.core.appeal.event;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;
import org.openprocurement.platform.core.appeal.ComplaintOutcome;
import org.openprocurement.platform.core.supervision.event.StepTaken;

/** The finance department decided the complaint; {@code late} when after the 30 working days of GPL art. 56. */
@Revision("1")
public record ComplaintDecided(
        UUID complaintId, UUID tenderId, ComplaintOutcome outcome, String reasoning, boolean late, Instant decidedAt)
        implements ComplaintEvent, StepTaken {

    @Override
    public UUID stepId() {
        return complaintId;
    }

    @Override
    public Instant takenAt() {
        return decidedAt;
    }
}
