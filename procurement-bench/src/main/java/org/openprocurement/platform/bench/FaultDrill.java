package org.openprocurement.platform.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Crash drill: bursts of bids into one tender while the platform (or PostgreSQL) is killed with SIGKILL.
 * Every bid is sent with an Idempotency-Key; after each crash the client retries whatever was not
 * acknowledged, as a real client would. At the end the event store must hold exactly one bid event per
 * attempt (none lost, none doubled), every acknowledged digest must be stored, and the bid projection must
 * equal what the events say.
 */
public final class FaultDrill {

    /** What the drill found; {@link #problems()} is empty when every check held. */
    public record Outcome(
            int rounds,
            int platformKills,
            int postgresKills,
            long attempts,
            long acknowledgedBeforeCrash,
            long storedEvents,
            long retriedAfterCrash,
            List<String> problems) {

        public String summary() {
            return String.format(
                    "%d rounds (%d platform kills, %d PostgreSQL kills): %d bids attempted, %d acknowledged before "
                            + "a crash, %d retried after one, %d bid events stored; %s",
                    rounds,
                    platformKills,
                    postgresKills,
                    attempts,
                    acknowledgedBeforeCrash,
                    retriedAfterCrash,
                    storedEvents,
                    problems.isEmpty() ? "no event lost or doubled, projection equals the events" : problems);
        }
    }

    private record Attempt(String key, int supplier, int index) {}

    private FaultDrill() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        Outcome outcome = run(
                Path.of(options.getOrDefault("work", "procurement-bench/target/fault-drill")),
                Files.readString(Path.of(
                                System.getProperty("bench.classpath", "procurement-bench/target/platform.classpath")))
                        .trim(),
                Integer.parseInt(options.getOrDefault("rounds", "20")),
                Integer.parseInt(options.getOrDefault("burst", "400")),
                Integer.parseInt(options.getOrDefault("clients", "32")),
                Boolean.parseBoolean(options.getOrDefault("kill-postgres", "true")));
        System.out.println(outcome.summary());
        System.exit(outcome.problems().isEmpty() ? 0 : 1);
    }

    /**
     * Runs the drill. Odd rounds kill PostgreSQL instead of the platform when {@code killPostgres}; the
     * platform must then recover by itself.
     */
    public static Outcome run(Path work, String classPath, int rounds, int burst, int clients, boolean killPostgres)
            throws Exception {
        Benchmark.deleteRecursively(work);
        int suppliers = Math.max(50, burst);
        Random random = new Random(42);
        List<String> problems = new ArrayList<>();
        try (BenchDatabase database = BenchDatabase.start(work.resolve("postgres"))) {
            String url = database.createDatabase("platform");
            Path accounts = new Accounts(suppliers).write(work);
            PlatformProcess platform =
                    new PlatformProcess(work.resolve("platform"), classPath, url, accounts, List.of());
            platform.start(Duration.ofMinutes(3));
            try {
                Client client = new Client(platform.base());
                UUID tender = new Procurements(client).publishedTender("Crash drill tender");
                String path = "/api/tenders/" + tender + "/bids";
                Map<String, String> acknowledged = new ConcurrentHashMap<>();
                List<Attempt> all = new ArrayList<>();
                long beforeCrash = 0;
                long retried = 0;
                int platformKills = 0;
                int postgresKills = 0;
                for (int round = 0; round < rounds; round++) {
                    List<Attempt> attempts = new ArrayList<>();
                    for (int i = 0; i < burst; i++) {
                        int index = round * burst + i;
                        attempts.add(new Attempt("drill-" + index, index % suppliers, index));
                    }
                    all.addAll(attempts);
                    java.util.concurrent.atomic.AtomicReference<Figures> burstFigures =
                            new java.util.concurrent.atomic.AtomicReference<>();
                    Thread load = Thread.ofPlatform()
                            .start(() -> burstFigures.set(Load.run(
                                    "drill",
                                    clients,
                                    attempts.size(),
                                    Duration.ofMinutes(2),
                                    i -> send(client, path, attempts.get(i), acknowledged))));
                    BenchDatabase.pause(Duration.ofMillis(150 + random.nextInt(600)));
                    boolean postgresRound = killPostgres && round % 2 == 1;
                    if (postgresRound) {
                        database.crashAndRestart();
                        postgresKills++;
                    } else {
                        platform.kill();
                        platformKills++;
                    }
                    load.join();
                    String failures = burstFigures.get().failureKinds();
                    if (failures.contains("HTTP 500")) {
                        problems.add("round " + round + " answered 500 while the crash happened: " + failures);
                    }
                    beforeCrash += attempts.stream()
                            .filter(a -> acknowledged.containsKey(a.key()))
                            .count();
                    if (!postgresRound) {
                        platform.start(Duration.ofMinutes(3));
                    }
                    retried += retryUnacknowledged(client, path, attempts, acknowledged, problems);
                }
                check(database, tender, all, acknowledged, problems);
                reconcile(client, problems);
                long stored = countBidEvents(database, tender);
                return new Outcome(
                        rounds, platformKills, postgresKills, all.size(), beforeCrash, stored, retried, problems);
            } finally {
                platform.stop();
            }
        }
    }

    private static int send(Client client, String path, Attempt attempt, Map<String, String> acknowledged)
            throws IOException {
        Client.Answer answer = client.post(
                Accounts.supplier(attempt.supplier()), path, Procurements.bid(attempt.index()), attempt.key());
        if (answer.status() == 201) {
            acknowledged.put(attempt.key(), answer.json().path("contentDigest").asText());
        }
        return answer.status();
    }

    /** Retries each unacknowledged attempt with its own key until the platform answers it (bounded). */
    private static long retryUnacknowledged(
            Client client,
            String path,
            List<Attempt> attempts,
            Map<String, String> acknowledged,
            List<String> problems) {
        long retried = 0;
        for (Attempt attempt : attempts) {
            if (acknowledged.containsKey(attempt.key())) {
                continue;
            }
            retried++;
            long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
            int status = -1;
            while (status != 201 && System.nanoTime() < deadline) {
                try {
                    status = send(client, path, attempt, acknowledged);
                } catch (IOException e) {
                    status = -1;
                }
                if (status != 201) {
                    BenchDatabase.pause(Duration.ofMillis(200));
                }
            }
            if (status != 201) {
                problems.add("attempt " + attempt.key() + " never acknowledged after the crash (last status " + status
                        + ")");
            }
        }
        return retried;
    }

    private static void check(
            BenchDatabase database,
            UUID tender,
            List<Attempt> attempts,
            Map<String, String> acknowledged,
            List<String> problems)
            throws SQLException {
        try (Connection connection = database.connect("platform")) {
            Map<String, Integer> storedDigests = new HashMap<>();
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT convert_from(e.payload, 'UTF8')::jsonb ->> 'contentDigest' FROM domainevententry e "
                            + "JOIN bid_view b ON b.bid_id::text = e.aggregateidentifier "
                            + "WHERE b.tender_id = ? AND e.payloadtype IN " + Benchmark.BID_EVENTS)) {
                statement.setObject(1, tender);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        storedDigests.merge(rs.getString(1), 1, Integer::sum);
                    }
                }
            }
            long stored = storedDigests.values().stream()
                    .mapToLong(Integer::longValue)
                    .sum();
            if (stored != attempts.size()) {
                problems.add(
                        attempts.size() + " bids attempted and acknowledged, but " + stored + " bid events stored");
            }
            storedDigests.forEach((digest, count) -> {
                if (count > 1) {
                    problems.add("a bid with digest " + digest + " is stored " + count + " times");
                }
            });
            for (Attempt attempt : attempts) {
                String digest = acknowledged.get(attempt.key());
                if (digest != null && !storedDigests.containsKey(digest)) {
                    problems.add(
                            "acknowledged bid " + attempt.key() + " (digest " + digest + ") is not in the event store");
                }
            }
            try (PreparedStatement statement = connection.prepareStatement("""
                    SELECT count(*) FROM bid_view b
                    JOIN LATERAL (
                        SELECT e.sequencenumber, convert_from(e.payload, 'UTF8')::jsonb ->> 'contentDigest' AS digest
                        FROM domainevententry e
                        WHERE e.aggregateidentifier = b.bid_id::text
                        ORDER BY e.sequencenumber DESC LIMIT 1) last ON true
                    WHERE b.tender_id = ? AND (b.version <> last.sequencenumber OR b.content_digest <> last.digest)
                    """)) {
                statement.setObject(1, tender);
                try (ResultSet rs = statement.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) > 0) {
                        problems.add(rs.getLong(1) + " bids in the projection differ from their last event");
                    }
                }
            }
        }
    }

    /** The platform's own reconciliation: every read model must equal its rebuild from the event store. */
    static void reconcile(Client client, List<String> problems) {
        Client.Answer answer = client.call(Accounts.ADMIN, "GET", "/api/admin/reconciliation", null);
        if (answer.status() != 200 || !answer.json().path("consistent").asBoolean(false)) {
            problems.add("reconciliation found read models that differ from the event store: " + answer.body());
        }
    }

    /** The bid events stored for the tender: submissions and replacements. */
    static long countBidEvents(BenchDatabase database, UUID tender) throws SQLException {
        try (Connection connection = database.connect("platform");
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT count(*) FROM domainevententry e JOIN bid_view b ON b.bid_id::text = e.aggregateidentifier "
                                + "WHERE b.tender_id = ? AND e.payloadtype IN " + Benchmark.BID_EVENTS)) {
            statement.setObject(1, tender);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
