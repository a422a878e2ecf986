package org.openprocurement.platform.api.bid;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.openprocurement.platform.core.method.ProcurementMethod;

/** A tender as all bids to it see it: the terms of {@link TenderTerms} for any supplier, and its classification. */
record TenderForBids(
        UUID tenderId,
        String status,
        Instant deadline,
        int amendmentNumber,
        ProcurementMethod method,
        String currency,
        Set<String> invitedSupplierIds,
        boolean secret,
        boolean opened) {

    /** The terms for one supplier's bid; a null supplier is on no invitation list. */
    TenderTerms forSupplier(String supplierId) {
        return new TenderTerms(
                tenderId,
                status,
                deadline,
                amendmentNumber,
                method,
                currency,
                supplierId != null && invitedSupplierIds.contains(supplierId),
                opened);
    }
}
