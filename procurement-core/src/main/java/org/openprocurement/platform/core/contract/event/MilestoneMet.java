package org.openprocurement.platform.core.contract.event;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A milestone of the contract was met; {@code late} when that was after its due date. */
@Revision("1")
public record MilestoneMet(UUID contractId, UUID milestoneId, String notes, boolean late, Instant metAt)
        implements ContractEvent {}
