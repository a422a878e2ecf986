package org.openprocurement.platform.api.disclosurerequest;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads disclosure requests from their projection. */
@Component
public class DisclosureRequestQueries {

    private static final String COLUMNS = "SELECT request_id, process_id, responsible_organisation_id, information,"
            + " requested_at, due_at, extension_reason, extended_at, overdue_since, decision, disclosed_information,"
            + " grounds, answered_at, version FROM disclosure_request_view";

    private final JdbcTemplate jdbc;

    DisclosureRequestQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One request. */
    public Optional<DisclosureRequestResponse> find(UUID requestId) {
        return jdbc.query(COLUMNS + " WHERE request_id = ?", (rs, row) -> request(rs), requestId).stream()
                .findFirst();
    }

    /** The requests about one process, oldest first. */
    public List<DisclosureRequestResponse> ofProcess(UUID processId) {
        return jdbc.query(
                COLUMNS + " WHERE process_id = ? ORDER BY requested_at, request_id",
                (rs, row) -> request(rs),
                processId);
    }

    private static DisclosureRequestResponse request(ResultSet rs) throws SQLException {
        Instant dueAt = instant(rs.getTimestamp("due_at"));
        Instant answeredAt = instant(rs.getTimestamp("answered_at"));
        Instant overdueSince = instant(rs.getTimestamp("overdue_since"));
        Instant extendedAt = instant(rs.getTimestamp("extended_at"));
        String status = answeredAt != null
                ? "ANSWERED"
                : overdueSince != null ? "OVERDUE" : extendedAt != null ? "EXTENDED" : "PENDING";
        return new DisclosureRequestResponse(
                rs.getObject("request_id", UUID.class),
                rs.getObject("process_id", UUID.class),
                rs.getString("responsible_organisation_id"),
                rs.getString("information"),
                status,
                instant(rs.getTimestamp("requested_at")),
                dueAt,
                rs.getString("extension_reason"),
                extendedAt,
                overdueSince,
                rs.getString("decision"),
                rs.getString("disclosed_information"),
                rs.getString("grounds"),
                answeredAt,
                answeredAt != null && !answeredAt.isBefore(dueAt),
                rs.getLong("version"));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
