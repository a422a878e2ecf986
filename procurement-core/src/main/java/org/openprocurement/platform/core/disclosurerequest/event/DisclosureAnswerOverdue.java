package org.openprocurement.platform.core.disclosurerequest.event;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;
import org.openprocurement.platform.core.supervision.event.StepOverdue;

/** The answer to a disclosure request was not given by the time it was due; the agency still owes it. */
@Revision("1")
public record DisclosureAnswerOverdue(UUID requestId, UUID processId, String responsibleOrganisationId, Instant dueAt)
        implements DisclosureRequestEvent, StepOverdue {

    /** What e-supervision lists this step as. */
    public static final String STEP = "disclosure-answer";

    @Override
    public UUID stepId() {
        return requestId;
    }

    @Override
    public String step() {
        return STEP;
    }
}
