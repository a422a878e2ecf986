package org.openprocurement.platform.core.bid.event;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A supplier withdrew its bid before the deadline. */
@Revision("1")
public record BidWithdrawn(UUID bidId, UUID tenderId, String supplierId, Instant withdrawnAt) implements BidEvent {}
