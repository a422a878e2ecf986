package org.openprocurement.platform.api.bid;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.openprocurement.platform.api.infrastructure.DeferredWrites;
import org.openprocurement.platform.core.bid.event.BidConfirmed;
import org.openprocurement.platform.core.bid.event.BidReplaced;
import org.openprocurement.platform.core.bid.event.BidSubmitted;
import org.openprocurement.platform.core.bid.event.BidWithdrawn;
import org.openprocurement.platform.core.bid.event.LateBidRejected;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code bid_view}, the tender box: one row per supplier and tender, holding only the sealed content
 * and its digest. It runs in the transaction that appends the events, so the opening reads every bid that
 * was acknowledged before it.
 */
@Component
@ProcessingGroup(BidProjector.GROUP)
class BidProjector {

    static final String GROUP = "bid-view";
    private static final String TABLE = "bid_view";

    private final JdbcTemplate jdbc;
    private final DeferredWrites writes;

    BidProjector(JdbcTemplate jdbc, DeferredWrites writes) {
        this.jdbc = jdbc;
        this.writes = writes;
    }

    @EventHandler
    void on(BidSubmitted e, @SequenceNumber long version) {
        // A supplier may bid again after withdrawing, or after a late attempt left a row behind.
        active(
                e.bidId(),
                e.tenderId(),
                e.supplierId(),
                e.sealedContent(),
                e.contentDigest(),
                e.amendmentNumber(),
                e.submittedAt(),
                version);
    }

    @EventHandler
    void on(BidReplaced e, @SequenceNumber long version) {
        active(
                e.bidId(),
                e.tenderId(),
                e.supplierId(),
                e.sealedContent(),
                e.contentDigest(),
                e.amendmentNumber(),
                e.submittedAt(),
                version);
    }

    @EventHandler
    void on(BidWithdrawn e, @SequenceNumber long version) {
        writes.update(
                TABLE,
                "UPDATE bid_view SET status = 'WITHDRAWN', sealed_content = NULL, version = ? WHERE bid_id = ?",
                version,
                e.bidId());
    }

    @EventHandler
    void on(BidConfirmed e, @SequenceNumber long version) {
        writes.update(
                TABLE,
                "UPDATE bid_view SET confirmed_amendment = ?, version = ? WHERE bid_id = ?",
                e.amendmentNumber(),
                version,
                e.bidId());
    }

    @EventHandler
    void on(LateBidRejected e, @SequenceNumber long version) {
        // A late attempt is counted; it never touches the contents of a bid that is still active.
        writes.update(TABLE, """
                INSERT INTO bid_view (bid_id, tender_id, supplier_id, status, confirmed_amendment, late_attempts,
                    version)
                VALUES (?, ?, ?, 'REJECTED_LATE', 0, 1, ?)
                ON CONFLICT (bid_id) DO UPDATE SET late_attempts = bid_view.late_attempts + 1,
                    version = EXCLUDED.version""", e.bidId(), e.tenderId(), e.supplierId(), version);
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM bid_view");
    }

    private void active(
            UUID bidId,
            UUID tenderId,
            String supplierId,
            String sealedContent,
            String digest,
            int amendmentNumber,
            Instant submittedAt,
            long version) {
        writes.update(
                TABLE,
                """
                INSERT INTO bid_view (bid_id, tender_id, supplier_id, status, sealed_content, content_digest,
                    confirmed_amendment, submitted_at, late_attempts, version)
                VALUES (?, ?, ?, 'ACTIVE', ?, ?, ?, ?, 0, ?)
                ON CONFLICT (bid_id) DO UPDATE SET status = 'ACTIVE', sealed_content = EXCLUDED.sealed_content,
                    content_digest = EXCLUDED.content_digest, confirmed_amendment = EXCLUDED.confirmed_amendment,
                    submitted_at = EXCLUDED.submitted_at, version = EXCLUDED.version""",
                bidId,
                tenderId,
                supplierId,
                sealedContent,
                digest,
                amendmentNumber,
                Timestamp.from(submittedAt),
                version);
    }
}
