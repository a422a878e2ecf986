package org.openprocurement.platform.api.supervision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads the e-supervision list of overdue steps. */
@Component
class OverdueSteps {

    /** Which overdue steps to list. */
    enum Status {
        OPEN("taken_at IS NULL"),
        DONE_LATE("taken_at IS NOT NULL");

        private final String condition;

        Status(String condition) {
            this.condition = condition;
        }
    }

    private final JdbcTemplate jdbc;

    OverdueSteps(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every overdue step, oldest due first; each filter applies only when given. */
    List<OverdueStep> find(String organisationId, UUID processId, Status status) {
        StringBuilder sql = new StringBuilder(
                "SELECT step_id, process_id, step, responsible_organisation_id, due_at, taken_at, overdue_event_id,"
                        + " taken_event_id FROM overdue_step WHERE TRUE");
        List<Object> arguments = new ArrayList<>();
        if (organisationId != null) {
            sql.append(" AND responsible_organisation_id = ?");
            arguments.add(organisationId);
        }
        if (processId != null) {
            sql.append(" AND process_id = ?");
            arguments.add(processId);
        }
        if (status != null) {
            sql.append(" AND ").append(status.condition);
        }
        sql.append(" ORDER BY due_at, step_id");
        return jdbc.query(sql.toString(), (rs, row) -> step(rs), arguments.toArray());
    }

    /** Per responsible organisation, how many steps are open and how many were done late. */
    List<OverdueSummary> perOrganisation() {
        return jdbc.query("""
                SELECT responsible_organisation_id, count(*) FILTER (WHERE taken_at IS NULL),
                       count(*) FILTER (WHERE taken_at IS NOT NULL)
                FROM overdue_step GROUP BY responsible_organisation_id ORDER BY responsible_organisation_id""", (rs, row) -> new OverdueSummary(rs.getString(1), rs.getLong(2), rs.getLong(3)));
    }

    private static OverdueStep step(ResultSet rs) throws SQLException {
        Timestamp taken = rs.getTimestamp("taken_at");
        return new OverdueStep(
                rs.getObject("step_id", UUID.class),
                rs.getObject("process_id", UUID.class),
                rs.getString("step"),
                rs.getString("responsible_organisation_id"),
                rs.getTimestamp("due_at").toInstant(),
                taken == null ? null : taken.toInstant(),
                taken == null ? Status.OPEN.name() : Status.DONE_LATE.name(),
                rs.getString("overdue_event_id"),
                rs.getString("taken_event_id"));
    }
}
