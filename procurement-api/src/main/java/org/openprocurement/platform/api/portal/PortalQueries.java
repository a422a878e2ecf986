package org.openprocurement.platform.api.portal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the portal reads from the read models: published processes only, and bids only once the box is open.
 * Sealed bids (bid_view) are never read here.
 */
@Component
class PortalQueries {

    private final JdbcTemplate jdbc;

    PortalQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Published processes that are not secret, as {@code DisclosurePolicy} has it (a secret classification
     * hides the process; none or any other leaves it listed), filtered here in SQL so that a page reads only its
     * own rows.
     */
    private static final String VISIBLE = " FROM tender_view t LEFT JOIN process_disclosure d"
            + " ON d.process_id = t.tender_id WHERE t.published_at IS NOT NULL"
            + " AND d.classification IS DISTINCT FROM 'SECRET'";

    private static final String FILTERS =
            " AND (?::text IS NULL OR t.status = ?::text) AND (?::text IS NULL OR t.buyer_id = ?::text)";

    /** One page of the visible published processes, newest first, optionally of one status and one agency. */
    List<ProcessRow> published(String status, String agency, int offset, int limit) {
        return jdbc.query(
                "SELECT t.tender_id, t.buyer_id, t.title, t.method, t.status, t.tender_period_end,"
                        + " t.estimated_value, t.currency, t.published_at" + VISIBLE + FILTERS
                        + " ORDER BY t.published_at DESC, t.tender_id OFFSET ? LIMIT ?",
                (rs, row) -> new ProcessRow(
                        rs.getObject("tender_id", UUID.class),
                        rs.getString("buyer_id"),
                        rs.getString("title"),
                        rs.getString("method"),
                        rs.getString("status"),
                        instant(rs, "tender_period_end"),
                        rs.getBigDecimal("estimated_value"),
                        rs.getString("currency"),
                        instant(rs, "published_at")),
                status,
                status,
                agency,
                agency,
                offset,
                limit);
    }

    /** How many visible published processes the same filters select. */
    int countPublished(String status, String agency) {
        Integer count = jdbc.queryForObject(
                "SELECT count(*)" + VISIBLE + FILTERS, Integer.class, status, status, agency, agency);
        return count == null ? 0 : count;
    }

    /** The using agencies that have visible published processes, by id. */
    List<String> agencies() {
        return jdbc.queryForList("SELECT DISTINCT t.buyer_id" + VISIBLE + " ORDER BY t.buyer_id", String.class);
    }

    /** The bids as opened at the deadline; none before the opening. */
    List<OpenedBid> openedBids(UUID processId) {
        return jdbc.query(
                "SELECT b.supplier_id, b.price, b.counted FROM opened_bid_view b JOIN tender_view t"
                        + " ON t.tender_id = b.tender_id WHERE b.tender_id = ? AND t.opened_at IS NOT NULL"
                        + " ORDER BY b.price, b.supplier_id",
                (rs, row) ->
                        new OpenedBid(rs.getString("supplier_id"), rs.getBigDecimal("price"), rs.getBoolean("counted")),
                processId);
    }

    /** The awards of the process. */
    List<Award> awards(UUID processId) {
        return jdbc.query(
                "SELECT supplier_id, value, awarded_at, standstill_ends_at, cancelled_at FROM award_view"
                        + " WHERE tender_id = ? ORDER BY awarded_at",
                (rs, row) -> new Award(
                        rs.getString("supplier_id"),
                        rs.getBigDecimal("value"),
                        instant(rs, "awarded_at"),
                        instant(rs, "standstill_ends_at"),
                        instant(rs, "cancelled_at")),
                processId);
    }

    /** Every award in force of a published process with the using agency it was made for; void awards are left out. */
    List<AwardedValue> awardedValues() {
        return jdbc.query(
                "SELECT t.tender_id, t.buyer_id, a.value, t.currency FROM award_view a"
                        + " JOIN tender_view t ON t.tender_id = a.tender_id WHERE t.published_at IS NOT NULL"
                        + " AND a.cancelled_at IS NULL",
                (rs, row) -> new AwardedValue(
                        rs.getObject("tender_id", UUID.class),
                        rs.getString("buyer_id"),
                        rs.getBigDecimal("value"),
                        rs.getString("currency")),
                new Object[0]);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** One row of the list of processes. */
    record ProcessRow(
            UUID id,
            String buyerId,
            String title,
            String method,
            String status,
            Instant deadline,
            BigDecimal estimatedValue,
            String currency,
            Instant publishedAt) {}

    /** A bid as read out at the opening. */
    record OpenedBid(String supplierId, BigDecimal price, boolean counted) {}

    /** An award with its standstill; {@code voidedAt} when a complaint decision made it void, else null. */
    record Award(String supplierId, BigDecimal value, Instant awardedAt, Instant standstillEndsAt, Instant voidedAt) {}

    /** The value of one award, for the spend per agency. */
    record AwardedValue(UUID processId, String buyerId, BigDecimal value, String currency) {}
}
