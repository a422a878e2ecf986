package org.openprocurement.platform.api.budget;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads budget lines from their projection. */
@Component
public class BudgetLineQueries {

    private static final String LINE_COLUMNS = """
            SELECT budget_line_id, organisation_id, fiscal_year, classification_code, purpose, currency,
                   appropriated, committed, spent, lapsed, available_until, status, version, appropriated_at
            FROM budget_line_view""";

    private final JdbcTemplate jdbc;

    BudgetLineQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The budget line with its commitments, as the projection holds it. */
    public Optional<BudgetLineResponse> find(UUID id) {
        return jdbc
                .query(LINE_COLUMNS + " WHERE budget_line_id = ?", (rs, row) -> line(rs, commitments(id)), id)
                .stream()
                .findFirst();
    }

    List<BudgetLineResponse> findByOrganisation(String organisationId, Integer fiscalYear) {
        return jdbc.query(
                LINE_COLUMNS + " WHERE organisation_id = ? AND (?::int IS NULL OR fiscal_year = ?::int)"
                        + " ORDER BY fiscal_year DESC, appropriated_at, budget_line_id",
                (rs, row) -> line(rs, List.of()),
                organisationId,
                fiscalYear,
                fiscalYear);
    }

    private List<CommitmentResponse> commitments(UUID lineId) {
        return jdbc.query(
                "SELECT commitment_id, purpose, amount, released, spent, committed_at FROM budget_commitment_view"
                        + " WHERE budget_line_id = ? ORDER BY committed_at, commitment_id",
                (rs, row) -> new CommitmentResponse(
                        rs.getObject("commitment_id", UUID.class),
                        rs.getString("purpose"),
                        plain(rs.getBigDecimal("amount")),
                        plain(rs.getBigDecimal("released")),
                        plain(rs.getBigDecimal("spent")),
                        plain(rs.getBigDecimal("amount")
                                .subtract(rs.getBigDecimal("released"))
                                .subtract(rs.getBigDecimal("spent"))),
                        rs.getTimestamp("committed_at").toInstant()),
                lineId);
    }

    private static BudgetLineResponse line(ResultSet rs, List<CommitmentResponse> commitments) throws SQLException {
        BigDecimal appropriated = rs.getBigDecimal("appropriated");
        BigDecimal committed = rs.getBigDecimal("committed");
        BigDecimal spent = rs.getBigDecimal("spent");
        BigDecimal lapsed = rs.getBigDecimal("lapsed");
        return new BudgetLineResponse(
                rs.getObject("budget_line_id", UUID.class),
                rs.getString("organisation_id"),
                rs.getInt("fiscal_year"),
                rs.getString("classification_code"),
                rs.getString("purpose"),
                rs.getString("currency"),
                plain(appropriated),
                plain(committed),
                plain(spent),
                plain(lapsed),
                plain(appropriated.subtract(committed).subtract(spent).subtract(lapsed)),
                rs.getTimestamp("available_until").toInstant(),
                rs.getString("status"),
                rs.getLong("version"),
                rs.getTimestamp("appropriated_at").toInstant(),
                commitments);
    }

    /** Amounts are stored with four decimals; they are shown without trailing zeros. */
    private static BigDecimal plain(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
