package org.openprocurement.platform.core.bid.event;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A bid arrived at or after the deadline and was refused; the attempt stays on the record. */
@Revision("1")
public record LateBidRejected(UUID bidId, UUID tenderId, String supplierId, Instant deadline, Instant attemptedAt)
        implements BidEvent {}
