package org.openprocurement.platform.core.tender.event;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;
import org.openprocurement.platform.core.supervision.event.StepOverdue;

/** The answer period of an enquiry ended without a published answer from the purchasing agency. */
@Revision("1")
public record EnquiryAnswerOverdue(
        UUID tenderId, UUID enquiryId, String procuringEntityId, Instant dueAt, Instant recordedAt)
        implements TenderEvent, StepOverdue {

    /** What e-supervision calls this step. */
    public static final String STEP = "enquiry-answer";

    @Override
    public UUID stepId() {
        return enquiryId;
    }

    @Override
    public UUID processId() {
        return tenderId;
    }

    @Override
    public String responsibleOrganisationId() {
        return procuringEntityId;
    }

    @Override
    public String step() {
        return STEP;
    }
}
