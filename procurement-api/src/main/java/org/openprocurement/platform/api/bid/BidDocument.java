package org.openprocurement.platform.api.bid;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * The canonical submission document: its JSON bytes are what is sealed, and their SHA-256 is the digest on
 * the bidder's receipt. The property order is part of that contract.
 */
@JsonPropertyOrder({"tenderId", "supplierId", "price", "proposal"})
record BidDocument(UUID tenderId, String supplierId, BigDecimal price, String proposal) {

    @Override
    public String toString() {
        return "BidDocument[sealed]";
    }
}
