package org.openprocurement.platform.core.bid;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The identifier of a supplier's bid in a tender. It is derived from the pair, so each supplier has exactly
 * one bid stream per tender and the event store's unique (aggregate, sequence) key enforces one active bid
 * per supplier without any lock on the tender.
 */
public final class BidIds {

    private BidIds() {}

    /** The bid identifier of {@code supplierId} in {@code tenderId}. */
    public static UUID of(UUID tenderId, String supplierId) {
        return UUID.nameUUIDFromBytes(("bid|" + tenderId + "|" + supplierId).getBytes(StandardCharsets.UTF_8));
    }
}
