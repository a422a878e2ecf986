package org.openprocurement.platform.api.bid;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Writes the canonical submission document and seals it; opens it again at the opening. */
@Component
class BidDocuments {

    private final ObjectMapper json;
    private final BidSealing sealing;

    BidDocuments(ObjectMapper json, BidSealing sealing) {
        this.json = json;
        this.sealing = sealing;
    }

    /** The sealed document and the digest of its exact bytes. */
    Sealed seal(UUID tenderId, String supplierId, SubmitBidRequest request) {
        byte[] document;
        try {
            document =
                    json.writeValueAsBytes(new BidDocument(tenderId, supplierId, request.price(), request.proposal()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the bid document", e);
        }
        return new Sealed(sealing.seal(tenderId, supplierId, document), BidSealing.digest(document));
    }

    /** The document of a sealed bid, checked against the receipt's digest and the bid's tender and bidder. */
    BidDocument open(SealedBid bid) {
        byte[] content = sealing.unseal(bid.tenderId(), bid.supplierId(), bid.sealedContent());
        if (!BidSealing.digest(content).equals(bid.contentDigest())) {
            throw new IllegalStateException("The sealed bid " + bid.bidId() + " does not match its receipt");
        }
        BidDocument document;
        try {
            document = json.readValue(content, BidDocument.class);
        } catch (IOException e) {
            // Not chained: a parser message may quote the document, and this failure is logged.
            throw new IllegalStateException("The sealed bid " + bid.bidId() + " is not a bid document");
        }
        if (!bid.tenderId().equals(document.tenderId()) || !bid.supplierId().equals(document.supplierId())) {
            throw new IllegalStateException("The sealed bid " + bid.bidId() + " names another tender or bidder");
        }
        return document;
    }

    /**
     * A bid ready for the tender box.
     *
     * @param content the sealed document, base64
     * @param digest SHA-256 (hex) of the document before sealing
     */
    record Sealed(String content, String digest) {}
}
