package org.openprocurement.platform.api.bid;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.openprocurement.platform.core.method.ProcurementMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads bids, opened bids and the tender terms for bids from their projections. */
@Component
class BidQueries {

    private static final String OPENED_COLUMNS =
            "SELECT bid_id, supplier_id, price, content_digest, counted FROM opened_bid_view";

    private final JdbcTemplate jdbc;

    BidQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The tender's terms; {@code supplierId} (may be null) is checked against the invitation list. */
    Optional<TenderTerms> tender(UUID tenderId, String supplierId) {
        return tenderForBids(tenderId).map(tender -> tender.forSupplier(supplierId));
    }

    /**
     * The tender as every bid to it sees it, in one read: its terms, its whole invitation list and whether the
     * buyer classified it secret. A batch of bids reads it once under the tender's shared lock.
     */
    Optional<TenderForBids> tenderForBids(UUID tenderId) {
        return jdbc
                .query(
                        """
                        SELECT t.tender_id, t.status, t.tender_period_end, t.amendment_number, t.method, t.currency,
                               t.opened_at IS NOT NULL AS opened,
                               ARRAY(SELECT jsonb_array_elements_text(t.invited_supplier_ids))
                                   AS invited,
                               d.classification = 'SECRET' AS secret
                        FROM tender_view t LEFT JOIN process_disclosure d ON d.process_id = t.tender_id
                        WHERE t.tender_id = ?""",
                        (rs, row) -> new TenderForBids(
                                rs.getObject("tender_id", UUID.class),
                                rs.getString("status"),
                                rs.getTimestamp("tender_period_end").toInstant(),
                                rs.getInt("amendment_number"),
                                ProcurementMethod.valueOf(rs.getString("method")),
                                rs.getString("currency").trim(),
                                Set.of((String[]) rs.getArray("invited").getArray()),
                                rs.getBoolean("secret"),
                                rs.getBoolean("opened")),
                        tenderId)
                .stream()
                .findFirst();
    }

    /** The bid in any state, as its bidder may see it. */
    Optional<StoredBid> find(UUID tenderId, UUID bidId) {
        return jdbc
                .query(
                        "SELECT bid_id, supplier_id, status, content_digest, submitted_at, confirmed_amendment,"
                                + " version FROM bid_view WHERE bid_id = ? AND tender_id = ?",
                        (rs, row) -> new StoredBid(bid(rs), rs.getLong("version")),
                        bidId,
                        tenderId)
                .stream()
                .findFirst();
    }

    /** The bid while it is active. */
    Optional<BidResponse> active(UUID tenderId, UUID bidId) {
        return find(tenderId, bidId).map(StoredBid::bid).filter(bid -> "ACTIVE".equals(bid.status()));
    }

    /** Every active bid of the tender, sealed, ordered by bid id. */
    List<SealedBid> sealed(UUID tenderId) {
        return jdbc.query(
                "SELECT bid_id, tender_id, supplier_id, sealed_content, content_digest, confirmed_amendment"
                        + " FROM bid_view WHERE tender_id = ? AND status = 'ACTIVE' ORDER BY bid_id",
                (rs, row) -> new SealedBid(
                        rs.getObject("bid_id", UUID.class),
                        rs.getObject("tender_id", UUID.class),
                        rs.getString("supplier_id"),
                        rs.getString("sealed_content"),
                        rs.getString("content_digest"),
                        rs.getInt("confirmed_amendment")),
                tenderId);
    }

    /** The bids as opened, ordered by bid id. */
    List<OpenedBidResponse> opened(UUID tenderId) {
        return jdbc.query(OPENED_COLUMNS + " WHERE tender_id = ? ORDER BY bid_id", BidQueries::opened, tenderId);
    }

    /** One bid as opened. */
    Optional<OpenedBidResponse> opened(UUID tenderId, UUID bidId) {
        return jdbc
                .query(OPENED_COLUMNS + " WHERE tender_id = ? AND bid_id = ?", BidQueries::opened, tenderId, bidId)
                .stream()
                .findFirst();
    }

    private static BidResponse bid(ResultSet rs) throws SQLException {
        return new BidResponse(
                rs.getObject("bid_id", UUID.class),
                rs.getString("supplier_id"),
                rs.getString("status"),
                rs.getString("content_digest"),
                instant(rs.getTimestamp("submitted_at")),
                rs.getInt("confirmed_amendment"));
    }

    private static OpenedBidResponse opened(ResultSet rs, int row) throws SQLException {
        return new OpenedBidResponse(
                rs.getObject("bid_id", UUID.class),
                rs.getString("supplier_id"),
                plain(rs.getBigDecimal("price")),
                rs.getString("content_digest"),
                rs.getBoolean("counted"));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** Prices are stored with four decimals; they are shown without trailing zeros. */
    private static BigDecimal plain(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
