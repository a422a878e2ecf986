package org.openprocurement.platform.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Replays measured against the raw read rate of the event table: how fast the store can be read at all, and
 * how fast the platform rebuilds every read model from it (its reconciliation, which replays the whole log
 * through the live projectors into scratch tables and compares).
 */
final class Replay {

    private static final String VERIFIER = "org.openprocurement.platform.audit.verifier.VerifyLedger";

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

    /** Waits (bounded) until the ledger has sealed every stored event; answers how many it sealed. */
    static long awaitSealed(BenchDatabase database, Duration bound) throws SQLException {
        long deadline = System.nanoTime() + bound.toNanos();
        try (Connection connection = database.connect("platform")) {
            while (true) {
                try (ResultSet rs = connection
                        .createStatement()
                        .executeQuery(
                                "SELECT (SELECT count(*) FROM ledger_leaf), (SELECT count(*) FROM domainevententry)")) {
                    rs.next();
                    if (rs.getLong(1) >= rs.getLong(2) || System.nanoTime() > deadline) {
                        return rs.getLong(1);
                    }
                }
                BenchDatabase.pause(Duration.ofSeconds(1));
            }
        }
    }

    /**
     * Scenario 5, as an auditor runs it: the ledger export over HTTP, every signed checkpoint, then the offline
     * verifier as its own process (no database, no Spring), which recomputes every leaf and the Merkle roots.
     * Answers the verifier's rate in events/s.
     */
    static double verifyLedger(Client client, URI base, String classPath, Path work, StringBuilder line)
            throws IOException, InterruptedException {
        Files.createDirectories(work);
        Path export = work.resolve("ledger.ndjson");
        Path checkpoints = work.resolve("checkpoints.json");
        HttpClient http = HttpClient.newHttpClient();
        long start = System.nanoTime();
        HttpResponse<Path> exported = http.send(
                HttpRequest.newBuilder(base.resolve("/api/audit/ledger/export"))
                        .header("Authorization", basic(Accounts.AUDITOR))
                        .timeout(Duration.ofMinutes(20))
                        .build(),
                HttpResponse.BodyHandlers.ofFile(export));
        double exportSeconds = (System.nanoTime() - start) / 1e9;
        if (exported.statusCode() != 200) {
            throw new IllegalStateException("The ledger export answered " + exported.statusCode());
        }
        long leaves;
        try (var lines = Files.lines(export)) {
            leaves = lines.count();
        }
        ArrayNode all = Client.JSON.createArrayNode();
        for (long from = 0; ; ) {
            JsonNode page = client.call(null, "GET", "/api/public/ledger/checkpoints?limit=1000&fromSize=" + from, null)
                    .expect(200)
                    .json();
            page.forEach(all::add);
            if (page.size() < 1000) {
                break;
            }
            from = page.get(page.size() - 1).path("treeSize").asLong() + 1;
        }
        Files.writeString(checkpoints, all.toString());
        String key = all.get(all.size() - 1).path("verifierKey").asText();
        List<String> command = List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-Xmx512m",
                "-cp",
                classPath,
                VERIFIER,
                "--export",
                export.toString(),
                "--checkpoints",
                checkpoints.toString(),
                "--key",
                key);
        long verifyStart = System.nanoTime();
        Process verifier = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("verifier.log").toFile())
                .start();
        if (!verifier.waitFor(20, TimeUnit.MINUTES)) {
            verifier.destroyForcibly();
            throw new IllegalStateException("The verifier did not finish within 20 minutes");
        }
        double verifySeconds = (System.nanoTime() - verifyStart) / 1e9;
        String verdict = Files.readAllLines(work.resolve("verifier.log")).stream()
                .filter(l -> l.startsWith("INTACT") || l.startsWith("TAMPERED"))
                .findFirst()
                .orElse("no verdict (exit " + verifier.exitValue() + ")");
        double rate = leaves / verifySeconds;
        line.append(String.format(
                Locale.ROOT,
                "export of %d events (%.0f MiB) in %.1f s (%.0f events/s); offline verification of %d checkpoints in "
                        + "%.1f s: %.0f events/s; %s",
                leaves,
                Files.size(export) / 1048576.0,
                exportSeconds,
                leaves / exportSeconds,
                all.size(),
                verifySeconds,
                rate,
                verdict));
        if (verifier.exitValue() != 0) {
            throw new IllegalStateException("The ledger verifier found a problem: " + verdict);
        }
        return rate;
    }

    private static String basic(String user) {
        return "Basic "
                + Base64.getEncoder().encodeToString((user + ":" + Accounts.PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    /** The platform's reconciliation, as an operator runs it; answers a line with events/s and the verdict. */
    static double rebuildRate(URI base, StringBuilder line) throws IOException, InterruptedException {
        // A full replay of a million events takes minutes: longer than the setup client's 30 s timeout.
        HttpResponse<String> answer = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(base.resolve("/api/admin/reconciliation"))
                                .header("Authorization", basic(Accounts.ADMIN))
                                .timeout(Duration.ofMinutes(30))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(
                    "The reconciliation answered " + answer.statusCode() + ": " + answer.body());
        }
        JsonNode report = Client.JSON.readTree(answer.body());
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
