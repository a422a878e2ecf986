package org.openprocurement.platform.api.contract;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads contracts and their efficiency evaluations from their projection. */
@Component
public class ContractQueries {

    private static final String COLUMNS = """
            SELECT contract_id, tender_id, award_id, buyer_id, procuring_entity_id, supplier_id, method, status,
                   original_value, value, paid, released, currency, budget_line_id, commitment_id, standstill_ends_at,
                   signature_due_at, signature_overdue, awarded_at, signed_at, signed_late, advance_percent, ended_at,
                   end_notes, version
            FROM contract_view""";

    private final JdbcTemplate jdbc;

    ContractQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The contract with its milestones, payments and amendments. */
    public Optional<ContractResponse> find(UUID id) {
        return jdbc.query(COLUMNS + " WHERE contract_id = ?", (rs, row) -> contract(rs, true), id).stream()
                .findFirst();
    }

    /** The contract of an award, if one was opened. */
    public Optional<ContractResponse> ofAward(UUID awardId) {
        return jdbc.query(COLUMNS + " WHERE award_id = ?", (rs, row) -> contract(rs, true), awardId).stream()
                .findFirst();
    }

    /** The contracts of a tender, oldest award first, without their details. */
    List<ContractResponse> ofTender(UUID tenderId) {
        return jdbc.query(
                COLUMNS + " WHERE tender_id = ? ORDER BY awarded_at, contract_id",
                (rs, row) -> contract(rs, false),
                tenderId);
    }

    List<ContractEvaluationResponse> evaluations(UUID contractId) {
        return jdbc.query(
                "SELECT party, organisation_id, score, comment, evaluated_at FROM contract_evaluation_view"
                        + " WHERE contract_id = ? ORDER BY evaluated_at, party",
                (rs, row) -> new ContractEvaluationResponse(
                        rs.getString("party"),
                        rs.getString("organisation_id"),
                        rs.getInt("score"),
                        rs.getString("comment"),
                        instant(rs.getTimestamp("evaluated_at"))),
                contractId);
    }

    /**
     * Ratings per agency: every rating of a contract counts for its buyer and for its purchasing agency; contracts
     * of secret processes are left out, as they are of every public output.
     */
    List<AgencyEvaluationResponse> byAgency() {
        return jdbc.query(
                """
                WITH published AS (
                    SELECT c.* FROM contract_view c
                    WHERE NOT EXISTS (SELECT 1 FROM process_disclosure d
                                      WHERE d.process_id = c.tender_id AND d.classification = 'SECRET')),
                rated AS (
                    SELECT c.buyer_id AS agency_id, e.contract_id, e.party, e.score
                    FROM contract_evaluation_view e JOIN published c USING (contract_id)
                    UNION ALL
                    SELECT c.procuring_entity_id, e.contract_id, e.party, e.score
                    FROM contract_evaluation_view e JOIN published c USING (contract_id)
                    WHERE c.procuring_entity_id IS NOT NULL AND c.procuring_entity_id <> c.buyer_id)
                SELECT agency_id, count(DISTINCT contract_id) AS contracts, count(*) AS ratings, avg(score) AS average,
                       avg(score) FILTER (WHERE party = 'USING_AGENCY') AS by_using,
                       avg(score) FILTER (WHERE party = 'PURCHASING_AGENCY') AS by_purchasing,
                       avg(score) FILTER (WHERE party = 'SUPPLIER') AS by_supplier
                FROM rated GROUP BY agency_id ORDER BY agency_id""",
                (rs, row) -> new AgencyEvaluationResponse(
                        rs.getString("agency_id"),
                        rs.getLong("contracts"),
                        rs.getLong("ratings"),
                        mean(rs.getBigDecimal("average")),
                        mean(rs.getBigDecimal("by_using")),
                        mean(rs.getBigDecimal("by_purchasing")),
                        mean(rs.getBigDecimal("by_supplier"))));
    }

    private ContractResponse contract(ResultSet rs, boolean details) throws SQLException {
        UUID id = rs.getObject("contract_id", UUID.class);
        return new ContractResponse(
                id,
                rs.getObject("tender_id", UUID.class),
                rs.getObject("award_id", UUID.class),
                rs.getString("buyer_id"),
                rs.getString("procuring_entity_id"),
                rs.getString("supplier_id"),
                rs.getString("method"),
                rs.getString("status"),
                plain(rs.getBigDecimal("original_value")),
                plain(rs.getBigDecimal("value")),
                plain(rs.getBigDecimal("paid")),
                plain(rs.getBigDecimal("released")),
                rs.getString("currency"),
                rs.getObject("budget_line_id", UUID.class),
                rs.getObject("commitment_id", UUID.class),
                instant(rs.getTimestamp("standstill_ends_at")),
                instant(rs.getTimestamp("signature_due_at")),
                rs.getBoolean("signature_overdue"),
                instant(rs.getTimestamp("awarded_at")),
                instant(rs.getTimestamp("signed_at")),
                (Boolean) rs.getObject("signed_late"),
                rs.getInt("advance_percent"),
                instant(rs.getTimestamp("ended_at")),
                rs.getString("end_notes"),
                rs.getLong("version"),
                details ? milestones(id) : List.of(),
                details ? payments(id) : List.of(),
                details ? amendments(id) : List.of());
    }

    private List<MilestoneResponse> milestones(UUID id) {
        return jdbc.query(
                "SELECT milestone_id, type, title, due_date, amount, paid, met_at, met_late, notes"
                        + " FROM contract_milestone_view WHERE contract_id = ? ORDER BY due_date, added_at, milestone_id",
                (rs, row) -> {
                    Instant metAt = instant(rs.getTimestamp("met_at"));
                    Date due = rs.getDate("due_date");
                    return new MilestoneResponse(
                            rs.getObject("milestone_id", UUID.class),
                            rs.getString("type"),
                            rs.getString("title"),
                            due.toLocalDate(),
                            plain(rs.getBigDecimal("amount")),
                            plain(rs.getBigDecimal("paid")),
                            metAt == null ? "PENDING" : "MET",
                            metAt,
                            (Boolean) rs.getObject("met_late"),
                            rs.getString("notes"));
                },
                id);
    }

    private List<PaymentResponse> payments(UUID id) {
        return jdbc.query(
                "SELECT payment_id, milestone_id, advance, amount, reference, paid_at FROM contract_payment_view"
                        + " WHERE contract_id = ? ORDER BY paid_at, payment_id",
                (rs, row) -> new PaymentResponse(
                        rs.getObject("payment_id", UUID.class),
                        rs.getObject("milestone_id", UUID.class),
                        rs.getBoolean("advance"),
                        plain(rs.getBigDecimal("amount")),
                        rs.getString("reference"),
                        instant(rs.getTimestamp("paid_at"))),
                id);
    }

    private List<ContractAmendmentResponse> amendments(UUID id) {
        return jdbc.query(
                "SELECT amendment_id, amendment_number, description, rationale, previous_value, new_value, amended_at"
                        + " FROM contract_amendment_view WHERE contract_id = ? ORDER BY amendment_number",
                (rs, row) -> new ContractAmendmentResponse(
                        rs.getObject("amendment_id", UUID.class),
                        rs.getInt("amendment_number"),
                        rs.getString("description"),
                        rs.getString("rationale"),
                        plain(rs.getBigDecimal("previous_value")),
                        plain(rs.getBigDecimal("new_value")),
                        instant(rs.getTimestamp("amended_at"))),
                id);
    }

    private static BigDecimal mean(BigDecimal average) {
        return average == null ? null : average.setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal plain(BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
