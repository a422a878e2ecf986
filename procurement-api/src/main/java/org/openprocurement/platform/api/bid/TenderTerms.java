package org.openprocurement.platform.api.bid;

import java.time.Instant;
import java.util.UUID;
import org.openprocurement.platform.core.method.ProcurementMethod;

/**
 * What a bid needs to know of its tender, read from the tender projection.
 *
 * @param status the tender's status (DRAFT, PUBLISHED, OPENED, CANCELLED, or a later one)
 * @param deadline the bid deadline in force
 * @param invited whether the supplier asked about is on the tender's invitation list
 * @param opened whether the tender box was opened
 */
record TenderTerms(
        UUID tenderId,
        String status,
        Instant deadline,
        int amendmentNumber,
        ProcurementMethod method,
        String currency,
        boolean invited,
        boolean opened) {

    boolean draft() {
        return "DRAFT".equals(status);
    }

    /** Bids after the deadline are taken to be rejected on the record, so only a cancelled tender refuses them. */
    boolean acceptingBids() {
        return !draft() && !"CANCELLED".equals(status);
    }
}
