package org.openprocurement.platform.core.tender.event;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;
import org.openprocurement.platform.core.supervision.event.StepTaken;

/** The purchasing agency answered an enquiry; the answer is published to every supplier. */
@Revision("1")
public record EnquiryAnswered(UUID tenderId, UUID enquiryId, String answer, Instant answeredAt)
        implements TenderEvent, StepTaken {

    @Override
    public UUID stepId() {
        return enquiryId;
    }

    @Override
    public Instant takenAt() {
        return answeredAt;
    }
}
