package org.openprocurement.platform.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Replays measured against the raw read rate of the event table: how fast the store can be read at all, and
 * how fast the platform rebuilds every read model from it (its reconciliation, which replays the whole log
 * through the live projectors into scratch tables and compares).
 */
final class Replay {

    private Replay() {}

    /** Reads every column of every event in global order, as a replay must; answers a line with events/s. */
    static double rawReadRate(BenchDatabase database, StringBuilder line) throws SQLException {
        try (Connection connection = database.connect("platform")) {
            connection.setAutoCommit(false);
            long start = System.nanoTime();
            long events = 0;
            long bytes = 0;
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT globalindex, aggregateidentifier, sequencenumber, eventidentifier, timestamp, payloadtype,"
                            + " payloadrevision, payload, metadata FROM domainevententry ORDER BY globalindex")) {
                statement.setFetchSize(5000);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        events++;
                        bytes += rs.getBytes(8).length + rs.getBytes(9).length;
                    }
                }
            }
            connection.rollback();
            double seconds = (System.nanoTime() - start) / 1e9;
            double rate = events / seconds;
            line.append(String.format(
                    Locale.ROOT,
                    "%d events (%.0f MiB) in %.2f s: %.0f events/s",
                    events,
                    bytes / 1048576.0,
                    seconds,
                    rate));
            return rate;
        }
    }

    /** The platform's reconciliation, as an operator runs it; answers a line with events/s and the verdict. */
    static double rebuildRate(Client client, StringBuilder line) {
        JsonNode report = client.call(Accounts.ADMIN, "GET", "/api/admin/reconciliation", null)
                .expect(200)
                .json();
        long events = report.path("events").asLong();
        double seconds = report.path("millis").asLong() / 1000.0;
        double rate = events / Math.max(seconds, 0.001);
        line.append(String.format(
                Locale.ROOT,
                "%d events replayed into %d read-model tables and compared in %.2f s: %.0f events/s; %s",
                events,
                report.path("tables").size(),
                seconds,
                rate,
                report.path("consistent").asBoolean() ? "consistent" : "DIFFERENCES: " + report));
        return rate;
    }
}
