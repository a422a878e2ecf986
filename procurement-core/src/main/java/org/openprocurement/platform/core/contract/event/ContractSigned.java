package org.openprocurement.platform.core.contract.event;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;
import org.openprocurement.platform.core.supervision.event.StepTaken;

/**
 * Buyer and supplier signed the contract, with the advance it allows; {@code late} when signed after the 30
 * days from the award notice that the Government Procurement Law (art. 46) gives.
 */
@Revision("1")
public record ContractSigned(
        UUID contractId, UUID tenderId, int advancePercent, boolean late, Instant signatureDueAt, Instant signedAt)
        implements ContractEvent, StepTaken {

    @Override
    public UUID stepId() {
        return contractId;
    }

    @Override
    public Instant takenAt() {
        return signedAt;
    }
}
