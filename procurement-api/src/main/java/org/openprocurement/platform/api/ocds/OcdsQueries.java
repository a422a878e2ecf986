package org.openprocurement.platform.api.ocds;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads the published releases: by feed position, by id, by process. */
@Component
class OcdsQueries {

    private final JdbcTemplate jdbc;

    OcdsQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A published release with its feed position. */
    record Published(long position, JsonNode release) {}

    /** Up to {@code limit} releases after the feed position {@code after}, in feed order. */
    List<Published> after(long after, int limit) {
        return jdbc.query(
                "SELECT position, release FROM ocds_release WHERE position > ? ORDER BY position LIMIT ?",
                (rs, row) -> new Published(rs.getLong(1), OcdsJson.read(rs.getString(2))),
                after,
                limit);
    }

    /** The release with this id, if it was published. */
    java.util.Optional<JsonNode> release(String releaseId) {
        return jdbc
                .queryForList("SELECT release FROM ocds_release WHERE release_id = ?", String.class, releaseId)
                .stream()
                .findFirst()
                .map(OcdsJson::read);
    }

    /** Every release of the process, in feed order; empty when nothing of it was published. */
    List<JsonNode> releasesOf(String ocid) {
        return jdbc.query(
                "SELECT release FROM ocds_release WHERE ocid = ? ORDER BY position",
                (rs, row) -> OcdsJson.read(rs.getString(1)),
                ocid);
    }

    /** Writes every release, one JSON text per line in feed order, exactly as stored. */
    void writeAll(OutputStream out) throws IOException {
        try {
            jdbc.query(
                    con -> {
                        var statement = con.prepareStatement(
                                "SELECT release FROM ocds_release ORDER BY position",
                                java.sql.ResultSet.TYPE_FORWARD_ONLY,
                                java.sql.ResultSet.CONCUR_READ_ONLY);
                        statement.setFetchSize(500);
                        return statement;
                    },
                    rs -> {
                        try {
                            out.write(rs.getString(1).getBytes(StandardCharsets.UTF_8));
                            out.write('\n');
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
