package org.openprocurement.platform.core.disclosurerequest.event;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;
import org.openprocurement.platform.core.disclosurerequest.DisclosureDecision;
import org.openprocurement.platform.core.supervision.event.StepTaken;

/** The responsible agency answered the request: the decision, what it disclosed and the grounds for withholding. */
@Revision("1")
public record DisclosureRequestAnswered(
        UUID requestId,
        UUID processId,
        String responsibleOrganisationId,
        DisclosureDecision decision,
        String information,
        String grounds,
        Instant answeredAt)
        implements DisclosureRequestEvent, StepTaken {

    @Override
    public UUID stepId() {
        return requestId;
    }

    @Override
    public Instant takenAt() {
        return answeredAt;
    }
}
