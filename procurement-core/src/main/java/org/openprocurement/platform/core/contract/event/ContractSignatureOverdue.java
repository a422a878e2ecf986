package org.openprocurement.platform.core.contract.event;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;
import org.openprocurement.platform.core.supervision.event.StepOverdue;

/** The contract was still unsigned when the 30 days from the award notice ran out (GPL art. 46). */
@Revision("1")
public record ContractSignatureOverdue(UUID contractId, UUID tenderId, String buyerId, Instant dueAt)
        implements ContractEvent, StepOverdue {

    @Override
    public UUID stepId() {
        return contractId;
    }

    @Override
    public UUID processId() {
        return tenderId;
    }

    @Override
    public String responsibleOrganisationId() {
        return buyerId;
    }

    @Override
    public String step() {
        return "contract-signature";
    }
}
