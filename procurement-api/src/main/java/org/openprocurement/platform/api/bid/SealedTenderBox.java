package org.openprocurement.platform.api.bid;

import java.util.List;
import java.util.UUID;
import org.openprocurement.platform.api.tender.TenderLocks;
import org.openprocurement.platform.core.tender.TenderBox;
import org.openprocurement.platform.core.tender.event.OpenedBid;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The tender box of the opening: every active bid of the tender, unsealed, with whether it counts. */
@Component
class SealedTenderBox implements TenderBox {

    private final TenderLocks locks;
    private final BidQueries bids;
    private final BidDocuments documents;

    SealedTenderBox(TenderLocks locks, BidQueries bids, BidDocuments documents) {
        this.locks = locks;
        this.bids = bids;
        this.documents = documents;
    }

    @Override
    public List<OpenedBid> unseal(UUID tenderId, int amendmentNumber) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            // The lock below lasts only as long as the transaction: without one, a bid could slip in.
            throw new IllegalStateException("The tender box opens only inside the opening's transaction");
        }
        // Exclusive first: bids in flight commit before the box is read, and none commits after it.
        locks.exclusive(tenderId);
        return bids.sealed(tenderId).stream()
                .map(bid -> open(bid, amendmentNumber))
                .toList();
    }

    private OpenedBid open(SealedBid bid, int amendmentNumber) {
        BidDocument document = documents.open(bid);
        return new OpenedBid(
                bid.bidId(),
                bid.supplierId(),
                document.price(),
                bid.contentDigest(),
                bid.confirmedAmendment() == amendmentNumber);
    }
}
