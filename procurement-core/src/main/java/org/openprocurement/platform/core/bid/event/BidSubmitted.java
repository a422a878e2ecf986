package org.openprocurement.platform.core.bid.event;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A supplier submitted a sealed bid; only its digest is readable before opening. */
@Revision("1")
public record BidSubmitted(
        UUID bidId,
        UUID tenderId,
        String supplierId,
        String sealedContent,
        String contentDigest,
        int amendmentNumber,
        Instant submittedAt)
        implements BidEvent {}
