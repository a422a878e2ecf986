package org.openprocurement.platform.api.appeal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openprocurement.platform.api.contract.PendingAppeals;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads challenges, complaints and suspensions from their projection, and counts the open ones.
 *
 * <p>Pending means a challenge without an answer (also once overdue) or a complaint without a decision. An
 * answered challenge inside the complaint window is not pending: the law lets the contract be signed after the
 * answer unless a complaint follows, and a complaint, once filed, is pending until decided; a suspension is only
 * ever ordered for such an undecided complaint.
 */
@Component
class AppealQueries implements PendingAppeals {

    private static final String CHALLENGES = """
            SELECT challenge_id, tender_id, supplier_id, subject, grounds, filed_at, challenge_period_ends_at,
                   answer_due_at, overdue, upheld, answer, answered_late, answered_at, version
            FROM challenge_view""";

    private static final String COMPLAINTS = """
            SELECT complaint_id, challenge_id, tender_id, supplier_id, grounds, filed_at, complaint_period_ends_at,
                   decision_due_at, overdue, outcome, reasoning, decided_late, decided_at, version
            FROM complaint_view""";

    private final JdbcTemplate jdbc;

    AppealQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int pendingFor(UUID tenderId) {
        Integer pending = jdbc.queryForObject(
                "SELECT (SELECT count(*) FROM challenge_view WHERE tender_id = ? AND answered_at IS NULL)"
                        + " + (SELECT count(*) FROM complaint_view WHERE tender_id = ? AND decided_at IS NULL)",
                Integer.class,
                tenderId,
                tenderId);
        return pending == null ? 0 : pending;
    }

    Optional<ChallengeResponse> challenge(UUID id) {
        return jdbc.query(CHALLENGES + " WHERE challenge_id = ?", (rs, row) -> challenge(rs), id).stream()
                .findFirst();
    }

    /** The organisation that must answer the challenge. */
    String responsibleFor(UUID challengeId) {
        return jdbc.queryForObject(
                "SELECT responsible_organisation_id FROM challenge_view WHERE challenge_id = ?",
                String.class,
                challengeId);
    }

    List<ChallengeResponse> challengesOf(UUID tenderId) {
        return jdbc.query(
                CHALLENGES + " WHERE tender_id = ? ORDER BY filed_at, challenge_id",
                (rs, row) -> challenge(rs),
                tenderId);
    }

    Optional<ComplaintResponse> complaint(UUID id) {
        return jdbc.query(COMPLAINTS + " WHERE complaint_id = ?", (rs, row) -> complaint(rs), id).stream()
                .findFirst();
    }

    /** The finance department that must decide the complaint. */
    String handlerOf(UUID complaintId) {
        return jdbc.queryForObject(
                "SELECT handling_organisation_id FROM complaint_view WHERE complaint_id = ?",
                String.class,
                complaintId);
    }

    boolean complaintExistsFor(UUID challengeId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM complaint_view WHERE challenge_id = ?)", Boolean.class, challengeId));
    }

    List<ComplaintResponse> complaintsOf(UUID tenderId) {
        return jdbc.query(
                COMPLAINTS + " WHERE tender_id = ? ORDER BY filed_at, complaint_id",
                (rs, row) -> complaint(rs),
                tenderId);
    }

    /** Whether the procurement is suspended now for this complaint. */
    boolean suspendedFor(UUID tenderId, UUID complaintId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM suspension_view WHERE tender_id = ? AND complaint_id = ?"
                        + " AND resumed_at IS NULL)",
                Boolean.class,
                tenderId,
                complaintId));
    }

    /** When the award in force was notified, or null. */
    Instant awardedAt(UUID tenderId) {
        return jdbc
                .query(
                        "SELECT awarded_at FROM award_view WHERE tender_id = ? AND cancelled_at IS NULL"
                                + " ORDER BY awarded_at DESC LIMIT 1",
                        (rs, row) -> instant(rs.getTimestamp("awarded_at")),
                        tenderId)
                .stream()
                .findFirst()
                .orElse(null);
    }

    /** Whether the supplier's bid was opened in the tender. */
    boolean bidder(UUID tenderId, String supplierId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM opened_bid_view WHERE tender_id = ? AND supplier_id = ?)",
                Boolean.class,
                tenderId,
                supplierId));
    }

    private List<SuspensionResponse> suspensions(UUID tenderId, UUID complaintId) {
        return jdbc.query(
                "SELECT reason, suspended_at, suspended_until, resumed_at, resume_reason FROM suspension_view"
                        + " WHERE tender_id = ? AND complaint_id = ? ORDER BY suspension_id",
                (rs, row) -> new SuspensionResponse(
                        rs.getString("reason"),
                        instant(rs.getTimestamp("suspended_at")),
                        instant(rs.getTimestamp("suspended_until")),
                        instant(rs.getTimestamp("resumed_at")),
                        rs.getString("resume_reason")),
                tenderId,
                complaintId);
    }

    private static ChallengeResponse challenge(ResultSet rs) throws SQLException {
        Instant answeredAt = instant(rs.getTimestamp("answered_at"));
        String status = answeredAt != null ? "ANSWERED" : rs.getBoolean("overdue") ? "OVERDUE" : "OPEN";
        return new ChallengeResponse(
                rs.getObject("challenge_id", UUID.class),
                rs.getObject("tender_id", UUID.class),
                rs.getString("supplier_id"),
                rs.getString("subject"),
                rs.getString("grounds"),
                status,
                instant(rs.getTimestamp("filed_at")),
                instant(rs.getTimestamp("challenge_period_ends_at")),
                instant(rs.getTimestamp("answer_due_at")),
                (Boolean) rs.getObject("upheld"),
                rs.getString("answer"),
                answeredAt,
                (Boolean) rs.getObject("answered_late"),
                rs.getLong("version"));
    }

    private ComplaintResponse complaint(ResultSet rs) throws SQLException {
        Instant decidedAt = instant(rs.getTimestamp("decided_at"));
        String status = decidedAt != null ? "DECIDED" : rs.getBoolean("overdue") ? "OVERDUE" : "FILED";
        UUID id = rs.getObject("complaint_id", UUID.class);
        UUID tenderId = rs.getObject("tender_id", UUID.class);
        return new ComplaintResponse(
                id,
                rs.getObject("challenge_id", UUID.class),
                tenderId,
                rs.getString("supplier_id"),
                rs.getString("grounds"),
                status,
                instant(rs.getTimestamp("filed_at")),
                instant(rs.getTimestamp("complaint_period_ends_at")),
                instant(rs.getTimestamp("decision_due_at")),
                rs.getString("outcome"),
                rs.getString("reasoning"),
                decidedAt,
                (Boolean) rs.getObject("decided_late"),
                suspensions(tenderId, id),
                rs.getLong("version"));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
