package org.openprocurement.platform.core.bid.event;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A supplier replaced its active bid with a new sealed one. */
@Revision("1")
public record BidReplaced(
        UUID bidId,
        UUID tenderId,
        String supplierId,
        String sealedContent,
        String contentDigest,
        int amendmentNumber,
        Instant submittedAt)
        implements BidEvent {}
