package org.openprocurement.platform.core.bid.command;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A supplier submits its bid, or replaces its active bid, before the deadline.
 *
 * @param sealedContent the bid encrypted for the tender box; nobody reads it before opening
 * @param contentDigest SHA-256 (hex) of exactly what the supplier submitted
 */
public record SubmitBid(
        @TargetAggregateIdentifier UUID bidId,
        UUID tenderId,
        String supplierId,
        String sealedContent,
        String contentDigest,
        BidTerms terms,
        Instant submittedAt) {}
