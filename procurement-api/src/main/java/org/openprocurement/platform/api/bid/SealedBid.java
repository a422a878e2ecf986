package org.openprocurement.platform.api.bid;

import java.util.UUID;

/** An active bid in the tender box, still sealed, with the amendment it was last confirmed against. */
record SealedBid(
        UUID bidId,
        UUID tenderId,
        String supplierId,
        String sealedContent,
        String contentDigest,
        int confirmedAmendment) {}
