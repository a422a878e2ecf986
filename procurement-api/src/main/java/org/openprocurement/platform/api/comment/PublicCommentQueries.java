package org.openprocurement.platform.api.comment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads public comments from their projection. */
@Component
class PublicCommentQueries {

    private static final String COLUMNS = """
            SELECT comment_id, tender_id, kind, text, reply_due_at, submitted_at, overdue, reply, replied_late,
                   replied_at, version
            FROM public_comment_view""";

    private final JdbcTemplate jdbc;

    PublicCommentQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CommentResponse> find(UUID tenderId, UUID commentId) {
        return jdbc
                .query(
                        COLUMNS + " WHERE tender_id = ? AND comment_id = ?",
                        (rs, row) -> comment(rs),
                        tenderId,
                        commentId)
                .stream()
                .findFirst();
    }

    /** The agency that owes the reply. */
    String responsibleFor(UUID commentId) {
        return jdbc.queryForObject(
                "SELECT responsible_organisation_id FROM public_comment_view WHERE comment_id = ?",
                String.class,
                commentId);
    }

    List<CommentResponse> of(UUID tenderId) {
        return jdbc.query(
                COLUMNS + " WHERE tender_id = ? ORDER BY submitted_at, comment_id", (rs, row) -> comment(rs), tenderId);
    }

    private static CommentResponse comment(ResultSet rs) throws SQLException {
        Instant repliedAt = instant(rs.getTimestamp("replied_at"));
        String status = repliedAt != null ? "REPLIED" : rs.getBoolean("overdue") ? "OVERDUE" : "AWAITING_REPLY";
        return new CommentResponse(
                rs.getObject("comment_id", UUID.class),
                rs.getObject("tender_id", UUID.class),
                rs.getString("kind"),
                rs.getString("text"),
                status,
                instant(rs.getTimestamp("submitted_at")),
                instant(rs.getTimestamp("reply_due_at")),
                rs.getString("reply"),
                repliedAt,
                (Boolean) rs.getObject("replied_late"),
                rs.getLong("version"));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
