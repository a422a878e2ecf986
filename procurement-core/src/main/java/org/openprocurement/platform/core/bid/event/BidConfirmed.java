package org.openprocurement.platform.core.bid.event;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A supplier confirmed its bid against the tender as amended up to {@code amendmentNumber}. */
@Revision("1")
public record BidConfirmed(UUID bidId, UUID tenderId, String supplierId, int amendmentNumber, Instant confirmedAt)
        implements BidEvent {}
