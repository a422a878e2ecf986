package org.openprocurement.platform.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The benchmark: starts a durable PostgreSQL and the platform as separate processes, then measures side by
 * side the PostgreSQL ceiling, the deadline bid storm on one tender, and a mixed load over many tenders.
 * Options are {@code --name=value}: bids, suppliers, clients, warmup, warmup-rounds, tenders, mixed, events,
 * peer, work, out, minutes (the bound on each scenario); docs/performance.md describes each.
 */
public final class Benchmark {

    /** The payload types of the events that carry a sealed bid. */
    static final String BID_EVENTS = "('org.openprocurement.platform.core.bid.event.BidSubmitted', "
            + "'org.openprocurement.platform.core.bid.event.BidReplaced')";

    /**
     * Axon and Spring as they come, on the JVM's default collector: no aggregate cache, Axon's handler timeouts
     * and message monitors on, Spring Security observations on, Hikari's default pool of 10, one transaction per
     * bid (no group commit, so no deferred writes). Snapshots are off in both runs (bids are short streams).
     */
    private static final List<String> OUT_OF_THE_BOX = List.of(
            "--procurement.event-store.aggregate-cache=false",
            "--axon.timeout.enabled=true",
            "--axon.metrics.auto-configuration.enabled=true",
            "--management.observations.enable.spring.security=true",
            "--spring.datasource.hikari.maximum-pool-size=10",
            "--procurement.command.group-commit=false");

    private Benchmark() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int bids = Integer.parseInt(options.getOrDefault("bids", "20000"));
        int suppliers = Integer.parseInt(options.getOrDefault("suppliers", "2000"));
        int clients = Integer.parseInt(options.getOrDefault("clients", "32"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "3000"));
        int warmupRounds = Integer.parseInt(options.getOrDefault("warmup-rounds", "12"));
        int tenders = Integer.parseInt(options.getOrDefault("tenders", "20"));
        int mixed = Integer.parseInt(options.getOrDefault("mixed", "20000"));
        long events = Long.parseLong(options.getOrDefault("events", "1000000"));
        Duration bound = Duration.ofMinutes(Long.parseLong(options.getOrDefault("minutes", "10")));
        Path work = Path.of(options.getOrDefault("work", "procurement-bench/target/bench-run"));
        Path out = Path.of(options.getOrDefault("out", "docs/performance"));
        String classPath = classPath();

        deleteRecursively(work);
        Report report = new Report();
        report.fact("run at", Instant.now().toString());
        report.fact(
                "machine",
                Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("os.name") + " "
                        + System.getProperty("os.arch"));
        report.fact("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        report.fact(
                "platform JVM",
                String.join(" ", PlatformProcess.SHIPPED_JVM) + " (peer: "
                        + String.join(" ", PlatformProcess.DEFAULT_JVM) + ", the JVM's default collector)");

        double stormThroughput = 0;
        try (BenchDatabase database = BenchDatabase.start(work.resolve("postgres"))) {
            report.fact("postgresql", database.durability());
            String platformUrl = database.createDatabase("platform");
            Path accounts = new Accounts(suppliers).write(work);
            PlatformProcess platform =
                    new PlatformProcess(work.resolve("platform"), classPath, platformUrl, accounts, List.of());
            System.out.println("Starting the platform on " + platformUrl + " …");
            platform.start(Duration.ofMinutes(3));
            Client client = new Client(platform.base());
            Procurements procurements = new Procurements(client);
            try (HeapSampler heap = new HeapSampler(client);
                    SocketClient load = new SocketClient(platform.base())) {
                report.fact(
                        "warm-up", warmUp(load, client, procurements, warmup, warmupRounds, suppliers, clients, bound));

                int[] sizes = eventSizes(database);
                report.fact("bid event size", sizes[0] + " B payload + " + sizes[1] + " B metadata (averages)");

                System.out.println("Deadline storm: " + bids + " bids into one tender …");
                UUID hot = procurements.publishedTender("Deadline storm tender");
                CpuMeter stormCpu = CpuMeter.start(platform.pid(), database.postmasterPid());
                double[] batchesBefore = batches(client);
                double compiledBefore = compilationMillis(client);
                Figures storm = storm(load, hot, bids, suppliers, clients, bound, "s");
                double compiledDuring = compilationMillis(client) - compiledBefore;
                double[] batchesAfter = batches(client);
                double batched = batchesAfter[1] - batchesBefore[1];
                double groups = batchesAfter[0] - batchesBefore[0];
                report.fact(
                        "storm group commits",
                        String.format(
                                Locale.ROOT,
                                "%.0f of %d bids committed in %.0f shared transactions (%.1f bids each on average); "
                                        + "the rest alone",
                                batched,
                                storm.succeeded(),
                                groups,
                                groups == 0 ? 0 : batched / groups));
                stormThroughput = storm.throughput();
                report.add(storm);
                report.fact(
                        "storm CPU",
                        stormCpu.perOperation(storm.succeeded())
                                + String.format(
                                        Locale.ROOT,
                                        "; of the platform's, JIT compilation %.2f ms",
                                        compiledDuring / Math.max(1, storm.succeeded())));
                String consistency = checkStorm(database, hot, storm, Math.min(bids, suppliers));
                report.fact("storm consistency", consistency);

                // The ceiling runs after the storm, not between the warm-up and the storm: a platform left idle
                // for its duration recompiled much of its request path when the storm began (JIT deoptimisation
                // of code compiled for the busy pool), which the storm's figures would then include.
                System.out.println("Ceiling: raw JDBC appends …");
                CpuMeter ceilingCpu = CpuMeter.start(platform.pid(), database.postmasterPid());
                Figures single = Ceiling.run(
                        database,
                        "ceiling: raw JDBC append, 1 client",
                        1,
                        Math.max(500, bids / 10),
                        sizes[0],
                        sizes[1],
                        bound);
                report.add(single);
                Figures ceiling = Ceiling.run(
                        database,
                        "ceiling: raw JDBC append, " + clients + " clients",
                        clients,
                        bids,
                        sizes[0],
                        sizes[1],
                        bound);
                report.add(ceiling);
                report.fact("ceiling CPU", ceilingCpu.perOperation(single.succeeded() + ceiling.succeeded()));

                System.out.println("Mixed load over " + tenders + " tenders …");
                CpuMeter mixedCpu = CpuMeter.start(platform.pid(), database.postmasterPid());
                Figures mixedLoad = mixed(load, procurements, tenders, mixed, suppliers, clients, bound);
                report.add(mixedLoad);
                report.fact("mixed CPU", mixedCpu.perOperation(mixedLoad.succeeded()));

                try {
                    replayScenarios(report, database, client, platform, hot, events, classPath, work, bound);
                } catch (Exception e) {
                    report.verdict("replay scenarios (5, 6) ran", false, e.toString());
                }

                report.fact("platform heap used, highest", String.format(Locale.ROOT, "%.0f MiB", heap.highestMiB()));
                double ratio = storm.throughput() / ceiling.throughput();
                report.verdict(
                        "storm ≥ 50% of the ceiling at " + clients + " clients",
                        ratio >= 0.5,
                        String.format(
                                Locale.ROOT,
                                "%.0f%% (%.0f/s vs %.0f/s)",
                                100 * ratio,
                                storm.throughput(),
                                ceiling.throughput()));
                report.verdict(
                        "storm p99 < 100 ms",
                        storm.p99Millis() < 100,
                        String.format(Locale.ROOT, "p99 %.1f ms", storm.p99Millis()));
                report.verdict(
                        "storm without errors",
                        storm.failed() == 0 && consistency.startsWith("consistent"),
                        storm.failed() + " failed; " + consistency);
                report.verdict(
                        "platform heap < 512 MB",
                        heap.highestMiB() < 512,
                        String.format(Locale.ROOT, "highest used %.0f MiB", heap.highestMiB()));
            } finally {
                platform.stop();
            }
            if (!"false".equals(options.get("peer"))) {
                System.out.println("Peer: the same storm on Axon's out-of-the-box configuration …");
                PlatformProcess peer = new PlatformProcess(
                        work.resolve("peer"),
                        classPath,
                        database.createDatabase("peer"),
                        accounts,
                        OUT_OF_THE_BOX,
                        PlatformProcess.DEFAULT_JVM);
                peer.start(Duration.ofMinutes(3));
                try (SocketClient peerLoad = new SocketClient(peer.base())) {
                    Client peerClient = new Client(peer.base());
                    Procurements peerProcurements = new Procurements(peerClient);
                    report.fact(
                            "peer warm-up",
                            warmUp(
                                    peerLoad,
                                    peerClient,
                                    peerProcurements,
                                    warmup,
                                    warmupRounds,
                                    suppliers,
                                    clients,
                                    bound));
                    CpuMeter peerCpu = CpuMeter.start(peer.pid(), database.postmasterPid());
                    Figures peerStorm = storm(
                            peerLoad,
                            peerProcurements.publishedTender("Deadline storm tender"),
                            bids,
                            suppliers,
                            clients,
                            bound,
                            "p");
                    report.add(peerStorm);
                    report.fact("peer storm CPU", peerCpu.perOperation(peerStorm.succeeded()));
                    report.verdict(
                            "storm ≥ 3 × the out-of-the-box peer",
                            stormThroughput >= 3 * peerStorm.throughput(),
                            String.format(
                                    Locale.ROOT,
                                    "%.2f × (%.0f/s vs %.0f/s)",
                                    stormThroughput / peerStorm.throughput(),
                                    stormThroughput,
                                    peerStorm.throughput()));
                } finally {
                    peer.stop();
                }
            }
        }
        report.print(System.out);
        report.write(out);
        System.out.println("Written: " + out.resolve("results.json") + ", " + out.resolve("throughput.svg"));
    }

    /**
     * {@code count} bids into one tender, supplier {@code index % suppliers} each, every one with a key; every
     * answer must be a receipt for the tender, and all of one supplier's receipts must name one and the same bid.
     */
    static Figures storm(
            SocketClient client, UUID tender, int count, int suppliers, int clients, Duration bound, String keyPrefix) {
        String path = "/api/tenders/" + tender + "/bids";
        Map<String, String> bidOfSupplier = new ConcurrentHashMap<>();
        return Load.run(
                switch (keyPrefix) {
                    case "s" -> "deadline storm: REST bids into 1 tender";
                    case "p" -> "peer: same storm, Axon out of the box";
                    default -> "warm-up";
                },
                clients,
                count,
                bound,
                index -> {
                    String supplier = Accounts.supplier(index % suppliers);
                    Client.Answer answer = client.post(
                            supplier, path, Procurements.bid(index), keyPrefix + "-" + tender + "-" + index);
                    return answer.status() == 201 ? receipt(answer, path, bidOfSupplier, supplier) : answer.status();
                });
    }

    /** The status of a bid's receipt, once it is checked: this tender, the supplier's one bid, its Location. */
    static int receipt(Client.Answer answer, String path, Map<String, String> bidOfSupplier, String supplier) {
        String body = answer.body();
        String bid = field(body, "bidId");
        boolean receipt = bid != null
                && path.equals("/api/tenders/" + field(body, "tenderId") + "/bids")
                && answer.location().filter(l -> l.endsWith(path + "/" + bid)).isPresent()
                && field(body, "contentDigest") != null
                && field(body, "contentDigest").length() == 64
                && ("SUBMITTED".equals(field(body, "outcome")) || "REPLACED".equals(field(body, "outcome")))
                && bid.equals(bidOfSupplier.computeIfAbsent(supplier, s -> bid));
        if (!receipt) {
            throw new IllegalStateException("Not a receipt for " + supplier + "'s bid: " + answer);
        }
        return answer.status();
    }

    /** A top-level string member of a flat JSON object, without a JSON parser on the load path. */
    static String field(String json, String name) {
        String key = "\"" + name + "\":\"";
        int start = json.indexOf(key);
        if (start < 0) {
            return null;
        }
        int end = json.indexOf('"', start + key.length());
        return end < 0 ? null : json.substring(start + key.length(), end);
    }

    /**
     * Scenarios 5 and 6 on an event store grown to {@code events} (bulk-loaded copies of the storm tender): the
     * raw read rate of the event table, the ledger export and offline verification, and the rebuild of every
     * read model (the platform's reconciliation).
     */
    private static void replayScenarios(
            Report report,
            BenchDatabase database,
            Client client,
            PlatformProcess platform,
            UUID hot,
            long events,
            String classPath,
            Path work,
            Duration bound)
            throws Exception {
        if (events > 0) {
            System.out.println("Bulk load to " + events + " events …");
            long start = System.nanoTime();
            long total = BulkLoad.growTo(database, hot, events);
            report.fact(
                    "bulk load",
                    String.format(
                            Locale.ROOT,
                            "%d events in the store after %.0f s of copying the storm tender",
                            total,
                            (System.nanoTime() - start) / 1e9));
        }
        StringBuilder raw = new StringBuilder();
        double rawRate = Replay.rawReadRate(database, raw);
        report.fact("event table, raw read", raw.toString());
        System.out.println("Rebuild of every read model …");
        StringBuilder rebuilt = new StringBuilder();
        double rebuildRate = Replay.rebuildRate(platform.base(), rebuilt);
        report.fact("rebuild of every read model", rebuilt.toString());
        report.verdict(
                "every read model equals its rebuild from the event store",
                rebuilt.toString().endsWith("; consistent"),
                rebuilt.toString());
        report.verdict(
                "rebuild of every read model from 1,000,000 events < 2 min",
                1_000_000 / rebuildRate < 120,
                String.format(
                        Locale.ROOT,
                        "%.0f s for 1,000,000 events at the measured %.0f events/s (%.0f%% of the raw read rate)",
                        1_000_000 / rebuildRate,
                        rebuildRate,
                        100 * rebuildRate / rawRate));
        System.out.println("Waiting for the ledger to seal every event …");
        long sealStart = System.nanoTime();
        long sealed = Replay.awaitSealed(database, bound);
        report.fact(
                "ledger sealing",
                String.format(
                        Locale.ROOT,
                        "%d events sealed; waited %.0f s for the ledger after the rebuild",
                        sealed,
                        (System.nanoTime() - sealStart) / 1e9));
        System.out.println("Ledger export and offline verification …");
        StringBuilder verified = new StringBuilder();
        double verifyRate = Replay.verifyLedger(client, platform.base(), classPath, work.resolve("audit"), verified);
        report.fact("ledger verification", verified.toString());
        report.verdict(
                "ledger verification ≥ 50% of the raw read rate",
                verifyRate >= rawRate / 2,
                String.format(
                        Locale.ROOT, "%.0f%% (%.0f/s vs %.0f/s)", 100 * verifyRate / rawRate, verifyRate, rawRate));
    }

    /**
     * Rounds of {@code bids} bids, each into a fresh warm-up tender, until the platform's JIT compiler spent under
     * a tenth of a round's wall time compiling, or {@code rounds} rounds: a deadline storm meets a platform that
     * has been up for a while, not one still compiling its request path. Returns what the warm-up did, for the
     * report.
     */
    private static String warmUp(
            SocketClient load,
            Client client,
            Procurements procurements,
            int bids,
            int rounds,
            int suppliers,
            int clients,
            Duration bound) {
        String last = "no round run";
        for (int round = 1; round <= rounds; round++) {
            // A fresh tender each round: first bids and replacements, in the proportions of a storm's start.
            UUID tender = procurements.publishedTender("Warm-up tender " + round);
            System.out.println("Warming up: round " + round + " of at most " + rounds + ", " + bids + " bids …");
            double compiledBefore = compilationMillis(client);
            long start = System.nanoTime();
            storm(load, tender, bids, suppliers, clients, bound, "w" + round);
            double wall = (System.nanoTime() - start) / 1e6;
            double compiled = compilationMillis(client) - compiledBefore;
            last = String.format(
                    Locale.ROOT,
                    "%d round(s) of %d bids; in the last, JIT compilation took %.0f ms of CPU in %.0f ms (%.0f%%)",
                    round,
                    bids,
                    compiled,
                    wall,
                    100 * compiled / wall);
            if (compiled < 0.1 * wall) {
                break;
            }
        }
        return last;
    }

    /** The platform JVM's total JIT compilation time so far, in milliseconds (0 if it does not say). */
    private static double compilationMillis(Client client) {
        Client.Answer answer = client.call(Accounts.ADMIN, "GET", "/actuator/metrics/jvm.compilation.time", null);
        if (answer.status() != 200) {
            return 0;
        }
        return answer.json().path("measurements").path(0).path("value").asDouble(0);
    }

    /** The platform's group-commit summary: count of shared transactions and bids in them. */
    private static double[] batches(Client client) {
        Client.Answer answer =
                client.call(Accounts.ADMIN, "GET", "/actuator/metrics/procurement.command.batch.size", null);
        double[] figures = new double[2];
        if (answer.status() == 200) {
            for (var measurement : answer.json().path("measurements")) {
                switch (measurement.path("statistic").asText()) {
                    case "COUNT" -> figures[0] = measurement.path("value").asDouble();
                    case "TOTAL" -> figures[1] = measurement.path("value").asDouble();
                    default -> {}
                }
            }
        }
        return figures;
    }

    /** 80% reads (a tender, the tender list, the supplier's own bids), 20% bids, spread over many tenders. */
    private static Figures mixed(
            SocketClient client,
            Procurements procurements,
            int tenders,
            int operations,
            int suppliers,
            int clients,
            Duration bound) {
        List<UUID> ids = new ArrayList<>();
        for (int t = 0; t < tenders; t++) {
            ids.add(procurements.publishedTender("Mixed-load tender " + t));
        }
        return Load.run("mixed: " + tenders + " tenders, 80% reads", clients, operations, bound, index -> {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            UUID tender = ids.get(random.nextInt(ids.size()));
            String supplier = Accounts.supplier(random.nextInt(suppliers));
            int kind = index % 10;
            if (kind < 2) {
                return client.post(supplier, "/api/tenders/" + tender + "/bids", Procurements.bid(index), null)
                        .status();
            }
            if (kind < 5) {
                return client.get(null, "/api/tenders/" + tender).status();
            }
            if (kind < 7) {
                return client.get(null, "/api/tenders?status=PUBLISHED&limit=20")
                        .status();
            }
            return client.get(supplier, "/api/tenders/" + tender + "/bids").status();
        });
    }

    /** Average payload and metadata sizes of the bid events the platform stored. */
    private static int[] eventSizes(BenchDatabase database) throws SQLException {
        try (Connection connection = database.connect("platform");
                ResultSet rs = connection
                        .createStatement()
                        .executeQuery("SELECT avg(octet_length(payload))::int, avg(octet_length(metadata))::int "
                                + "FROM domainevententry WHERE payloadtype IN " + BID_EVENTS)) {
            rs.next();
            return new int[] {rs.getInt(1), rs.getInt(2)};
        }
    }

    /** Every acknowledged bid is one event; one bid per supplier in the view. */
    private static String checkStorm(BenchDatabase database, UUID tender, Figures storm, int expectedBidders)
            throws SQLException {
        try (Connection connection = database.connect("platform")) {
            long events = FaultDrill.countBidEvents(database, tender);
            long bidders;
            try (PreparedStatement statement =
                    connection.prepareStatement("SELECT count(*) FROM bid_view WHERE tender_id = ?")) {
                statement.setObject(1, tender);
                try (ResultSet rs = statement.executeQuery()) {
                    rs.next();
                    bidders = rs.getLong(1);
                }
            }
            boolean consistent = events == storm.succeeded() && (storm.failed() > 0 || bidders == expectedBidders);
            return (consistent ? "consistent" : "INCONSISTENT") + ": " + storm.succeeded() + " acknowledged, " + events
                    + " bid events stored, " + bidders + " bidders with one bid each";
        }
    }

    private static String classPath() throws IOException {
        String file = System.getProperty("bench.classpath", "procurement-bench/target/platform.classpath");
        return Files.readString(Path.of(file)).trim();
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("Options are --name=value; got " + arg);
            }
            options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        return options;
    }

    static void deleteRecursively(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (var walk = Files.walk(path)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
