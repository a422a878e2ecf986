package org.openprocurement.platform.api.tender;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads tenders from their projection. */
@Component
public class TenderQueries {

    private static final String COLUMNS = """
            SELECT tender_id, buyer_id, procuring_entity_id, budget_line_id, title, description, category, method,
                   award_criteria, criteria, items, estimated_value, currency, tender_period_end,
                   invited_supplier_ids, justification, status, amendment_number, version, drafted_at,
                   published_at, opened_at, cancelled_at, cancellation_reason, failure_reason, concluded_at
            FROM tender_view""";

    private final JdbcTemplate jdbc;
    private final ObjectMapper json = new ObjectMapper();

    TenderQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The tender with its amendments and enquiries. */
    public Optional<TenderResponse> find(UUID id) {
        return jdbc.query(COLUMNS + " WHERE tender_id = ?", (rs, row) -> tender(rs, true), id).stream()
                .findFirst();
    }

    /** Published tenders, and the drafts of {@code buyerId} (or every draft when null and drafts are wanted). */
    List<TenderResponse> list(String status, boolean allDrafts, String ownDraftsOf, int limit) {
        return jdbc.query(
                COLUMNS + " WHERE (published_at IS NOT NULL OR ? OR buyer_id = ?)"
                        + " AND (?::text IS NULL OR status = ?::text)"
                        + " ORDER BY drafted_at DESC, tender_id LIMIT ?",
                (rs, row) -> tender(rs, false),
                allDrafts,
                ownDraftsOf,
                status,
                status,
                limit);
    }

    /** The budget commitment made when the tender was published, or null before publication. */
    public UUID commitmentOf(UUID tenderId) {
        return jdbc.queryForObject("SELECT commitment_id FROM tender_view WHERE tender_id = ?", UUID.class, tenderId);
    }

    /** Why the tender failed, or null. */
    String failureReason(UUID tenderId) {
        return jdbc.queryForObject(
                "SELECT failure_reason FROM tender_view WHERE tender_id = ?", String.class, tenderId);
    }

    private TenderResponse tender(ResultSet rs, boolean withDetails) throws SQLException {
        UUID id = rs.getObject("tender_id", UUID.class);
        return new TenderResponse(
                id,
                rs.getString("buyer_id"),
                rs.getString("procuring_entity_id"),
                rs.getObject("budget_line_id", UUID.class),
                rs.getString("title"),
                rs.getString("description"),
                rs.getString("category"),
                rs.getString("method"),
                rs.getString("award_criteria"),
                tree(rs.getString("criteria")),
                tree(rs.getString("items")),
                plain(rs.getBigDecimal("estimated_value")),
                rs.getString("currency"),
                instant(rs.getTimestamp("tender_period_end")),
                tree(rs.getString("invited_supplier_ids")),
                rs.getString("justification"),
                rs.getString("status"),
                rs.getInt("amendment_number"),
                rs.getLong("version"),
                instant(rs.getTimestamp("drafted_at")),
                instant(rs.getTimestamp("published_at")),
                instant(rs.getTimestamp("opened_at")),
                instant(rs.getTimestamp("cancelled_at")),
                rs.getString("cancellation_reason"),
                rs.getString("failure_reason"),
                instant(rs.getTimestamp("concluded_at")),
                withDetails ? amendments(id) : List.of(),
                withDetails ? enquiries(id) : List.of());
    }

    private List<AmendmentResponse> amendments(UUID id) {
        return jdbc.query(
                "SELECT amendment_number, description, rationale, tender_period_end, deadline_extended, amended_at"
                        + " FROM tender_amendment_view WHERE tender_id = ? ORDER BY amendment_number",
                (rs, row) -> new AmendmentResponse(
                        rs.getInt("amendment_number"),
                        rs.getString("description"),
                        rs.getString("rationale"),
                        instant(rs.getTimestamp("tender_period_end")),
                        rs.getBoolean("deadline_extended"),
                        instant(rs.getTimestamp("amended_at"))),
                id);
    }

    private List<EnquiryResponse> enquiries(UUID id) {
        return jdbc.query(
                "SELECT enquiry_id, question, raised_at, answer, answered_at FROM tender_enquiry_view"
                        + " WHERE tender_id = ? ORDER BY raised_at, enquiry_id",
                (rs, row) -> new EnquiryResponse(
                        rs.getObject("enquiry_id", UUID.class),
                        rs.getString("question"),
                        instant(rs.getTimestamp("raised_at")),
                        rs.getString("answer"),
                        instant(rs.getTimestamp("answered_at"))),
                id);
    }

    private JsonNode tree(String text) {
        try {
            return text == null ? null : json.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static BigDecimal plain(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
