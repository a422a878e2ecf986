package org.openprocurement.platform.api.bid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.openprocurement.platform.api.support.Bids.bidOf;

import io.micrometer.core.instrument.MeterRegistry;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openprocurement.platform.api.support.Bids;
import org.openprocurement.platform.api.support.HttpTest;
import org.openprocurement.platform.api.support.Tenders;
import org.openprocurement.platform.api.web.CommandBatches;
import org.openprocurement.platform.api.web.Versions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Bids to one tender that arrive together are committed in one transaction, yet each is answered on its own
 * record: its own receipt, its own who-acted metadata and correlation id, and a refused bid undoes no other.
 */
class BidBatchHttpTest extends HttpTest {

    /** The demo suppliers and their organisations. */
    private static final Map<String, String> ORGANISATIONS = Map.of(
            "supplier.anhe", "anhe-medical",
            "supplier.boda", "boda-technology",
            "supplier.chenguang", "chenguang-office",
            "supplier.dongfang", "dongfang-instruments");

    @Autowired
    private DataSource dataSource;

    @Autowired
    private MeterRegistry meters;

    @Autowired
    private CommandBatches batches;

    /**
     * Suppliers whose requests take the same one of the tender's lanes (an organisation's requests always take
     * the same one), so that they queue behind each other: the largest such group of the demo suppliers.
     */
    private List<String> oneLane() {
        List<String> suppliers = ORGANISATIONS.keySet().stream()
                .collect(Collectors.groupingBy(s -> batches.stripeOf(ORGANISATIONS.get(s))))
                .values()
                .stream()
                .max(Comparator.comparingInt(List::size))
                .orElseThrow()
                .stream()
                .sorted()
                .toList();
        assertThat(suppliers).as("three demo suppliers share a lane").hasSizeGreaterThanOrEqualTo(3);
        return suppliers;
    }

    private final ExecutorService clients = Executors.newFixedThreadPool(8);

    @AfterEach
    void stopClients() {
        clients.shutdownNow();
    }

    @Test
    void bidsQueuedTogetherCommitTogetherAndEachKeepsItsOwnRecord() throws Exception {
        UUID tender = Tenders.published();
        List<String> suppliers = oneLane();
        List<CompletableFuture<Response>> answers = new ArrayList<>();
        try (Connection opening = dataSource.getConnection()) {
            // Holding the tender's lock as an opening would keeps the first bid waiting; the rest queue behind it.
            opening.setAutoCommit(false);
            try (PreparedStatement lock = opening.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                lock.setLong(1, tender.getMostSignificantBits() ^ tender.getLeastSignificantBits());
                lock.execute();
            }
            for (int i = 0; i < 8; i++) {
                int n = i;
                answers.add(CompletableFuture.supplyAsync(() -> bid(tender, suppliers, n), clients));
                if (i == 0) {
                    awaitQueued(0);
                }
            }
            awaitQueued(7);
            opening.rollback();
        }
        List<Response> responses = new ArrayList<>();
        for (CompletableFuture<Response> answer : answers) {
            responses.add(answer.get(60, TimeUnit.SECONDS));
        }

        assertThat(responses).extracting(Response::statusCode).containsOnly(201);
        List<Map<String, Object>> events = jdbc.queryForList("""
                SELECT tx_id::text AS tx, convert_from(metadata, 'UTF8')::jsonb ->> 'correlationId' AS correlation,
                       convert_from(metadata, 'UTF8')::jsonb ->> 'user' AS user_id,
                       convert_from(payload, 'UTF8')::jsonb ->> 'contentDigest' AS digest, sequencenumber
                FROM domainevententry WHERE aggregateidentifier = ANY (?::varchar[]) ORDER BY globalindex""", (Object)
                suppliers.stream().map(s -> bidOf(s, tender).toString()).toArray(String[]::new));
        assertThat(events).hasSize(8);
        assertThat(events.stream().map(e -> e.get("tx")).distinct())
                .as("the seven queued bids share one transaction")
                .hasSize(2);
        for (int n = 0; n < 8; n++) {
            Response response = responses.get(n);
            String correlation = "batch-" + tender + "-" + n;
            Map<String, Object> event = events.stream()
                    .filter(e -> correlation.equals(e.get("correlation")))
                    .findFirst()
                    .orElseThrow();
            assertThat(event.get("user_id")).isEqualTo(suppliers.get(n % suppliers.size()));
            assertThat(event.get("digest")).isEqualTo(response.jsonPath().getString("contentDigest"));
            assertThat(response.header("X-Correlation-Id")).isEqualTo(correlation);
            assertThat(response.header("ETag"))
                    .as("a supplier bidding twice in one batch gets each receipt at its own version")
                    .isEqualTo(Versions.etag((Long) event.get("sequencenumber")));
        }
    }

    @Test
    void aRefusedBidInABatchUndoesNoOtherAndIsAnsweredAsIfAlone() throws Exception {
        UUID tender = Tenders.published();
        List<String> suppliers = oneLane().subList(0, 3);
        List<CompletableFuture<Response>> answers = new ArrayList<>();
        try (Connection opening = dataSource.getConnection()) {
            opening.setAutoCommit(false);
            try (PreparedStatement lock = opening.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                lock.setLong(1, tender.getMostSignificantBits() ^ tender.getLeastSignificantBits());
                lock.execute();
            }
            answers.add(CompletableFuture.supplyAsync(() -> bid(tender, suppliers, 0), clients));
            awaitQueued(0);
            answers.add(CompletableFuture.supplyAsync(() -> bid(tender, suppliers, 1), clients));
            answers.add(CompletableFuture.supplyAsync(
                    () -> as(suppliers.get(2))
                            .header("Idempotency-Key", "batch-bad-" + tender)
                            .body(Bids.body("450000.123", "Three decimals"))
                            .post("/api/tenders/{t}/bids", tender),
                    clients));
            answers.add(CompletableFuture.supplyAsync(() -> bid(tender, suppliers, 3), clients));
            awaitQueued(3);
            opening.rollback();
        }
        List<Integer> statuses = new ArrayList<>();
        for (CompletableFuture<Response> answer : answers) {
            statuses.add(answer.get(60, TimeUnit.SECONDS).statusCode());
        }

        assertThat(statuses).containsExactly(201, 201, 400, 201);
        assertThat(eventsOf(bidOf(suppliers.get(0), tender)))
                .as("the blocked first bid and the batch's last, from the same supplier")
                .isEqualTo(2);
        assertThat(eventsOf(bidOf(suppliers.get(1), tender))).isEqualTo(1);
        assertThat(eventsOf(bidOf(suppliers.get(2), tender))).isZero();
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM idempotency_record WHERE idempotency_key = ?",
                        Long.class,
                        "batch-bad-" + tender))
                .as("a refused request leaves no idempotency record")
                .isZero();
    }

    private static Response bid(UUID tender, List<String> suppliers, int n) {
        return as(suppliers.get(n % suppliers.size()))
                .header("Idempotency-Key", "batch-" + tender + "-" + n)
                .header("X-Correlation-Id", "batch-" + tender + "-" + n)
                .body(Bids.body(String.valueOf(450000 + n), "Offer " + n))
                .post("/api/tenders/{t}/bids", tender);
    }

    /** Bounded wait until exactly {@code queued} requests wait behind the one holding the batch. */
    private void awaitQueued(int queued) {
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(20))
                .until(() ->
                        meters.get("procurement.command.batch.queued").gauge().value() == queued
                                && activeWaitingOnTheLock());
    }

    private boolean activeWaitingOnTheLock() {
        Long waiting = jdbc.queryForObject(
                "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND wait_event = 'advisory'",
                Long.class);
        return waiting != null && waiting >= 1;
    }
}
