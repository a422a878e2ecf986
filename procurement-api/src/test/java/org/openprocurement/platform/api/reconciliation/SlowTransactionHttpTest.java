package org.openprocurement.platform.api.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.openprocurement.platform.api.support.Bids.bidOf;
import static org.openprocurement.platform.api.support.Bids.submit;

import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openprocurement.platform.api.infrastructure.EventStoreProperties;
import org.openprocurement.platform.api.support.BudgetLines;
import org.openprocurement.platform.api.support.HttpTest;
import org.openprocurement.platform.api.support.Tenders;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The slow-transaction fault: a bid's transaction has appended its event but commits only after others that
 * came later, seconds later. No read model skips the event (they all run in the appending transaction, so Axon's
 * gap timeout, 500 ms in the test context against the two seconds held, plays no part), and the ledger seals it once, in (transaction id, global index) order. It shares the
 * other tests' application context: a second context would run a second ledger sealer on the same database.
 */
class SlowTransactionHttpTest extends HttpTest {

    private static final Duration HOLD = Duration.ofSeconds(2);

    @Autowired
    private DataSource dataSource;

    @Autowired
    private EventStoreProperties eventStore;

    private final ExecutorService client = Executors.newSingleThreadExecutor();

    @AfterEach
    void stopClient() {
        client.shutdownNow();
    }

    @Test
    void anEventCommittedLongAfterLaterOnesIsInEveryReadModelAndSealedOnce() throws Exception {
        assertThat(Duration.ofMillis(eventStore.gapTimeoutMillis()))
                .as("the fault holds its transaction past the gap timeout")
                .isLessThan(HOLD);
        UUID tender = Tenders.published();
        submit("supplier.anhe", tender, "452000", "First offer").then().statusCode(201);
        UUID slowBid = bidOf("supplier.anhe", tender);
        CompletableFuture<Response> slow;
        UUID first;
        UUID second;
        try (Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            try (PreparedStatement lock =
                    holder.prepareStatement("SELECT 1 FROM bid_view WHERE bid_id = ? FOR UPDATE")) {
                lock.setObject(1, slowBid);
                lock.execute();
            }
            // The replacement appends its event, then its projection waits on the row this test holds.
            slow = CompletableFuture.supplyAsync(
                    () -> submit("supplier.anhe", tender, "441000", "Improved offer"), client);
            await().atMost(Duration.ofSeconds(30)).until(this::waitingOnARow);
            // Others commit meanwhile (outside the tender, whose bids now queue behind the slow one).
            first = BudgetLines.appropriate("2000");
            second = BudgetLines.appropriate("3000");
            // The fault itself, not a wait for a result: held four times the test context's gap timeout (500 ms).
            Thread.sleep(HOLD.toMillis());
            assertThat(jdbc.queryForObject(
                            "SELECT count(*) FROM ledger_leaf l JOIN domainevententry e ON e.globalindex = l.global_index"
                                    + " WHERE e.aggregateidentifier IN (?, ?)",
                            Long.class,
                            first.toString(),
                            second.toString()))
                    .as("nothing that began after the slow transaction is sealed while it is open")
                    .isZero();
            holder.rollback();
        }
        slow.get(60, TimeUnit.SECONDS).then().statusCode(201);

        long late = jdbc.queryForObject(
                "SELECT max(globalindex) FROM domainevententry WHERE aggregateidentifier = ?",
                Long.class,
                slowBid.toString());
        long overtaking = jdbc.queryForObject(
                "SELECT min(globalindex) FROM domainevententry WHERE aggregateidentifier IN (?, ?)",
                Long.class,
                first.toString(),
                second.toString());
        assertThat(late).as("the slow event took its global index first").isLessThan(overtaking);
        assertThat(jdbc.queryForObject("SELECT version FROM bid_view WHERE bid_id = ?", Long.class, slowBid))
                .isEqualTo(1);
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() ->
                        jdbc.queryForObject("SELECT count(*) FROM ledger_leaf WHERE global_index = ?", Long.class, late)
                                == 1);
        // Its transaction began first, so the ledger's (transaction id, global index) order puts it first.
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> jdbc.queryForObject(
                                "SELECT count(*) FROM ledger_leaf l JOIN domainevententry e ON e.globalindex = "
                                        + "l.global_index WHERE e.aggregateidentifier IN (?, ?)",
                                Long.class,
                                first.toString(),
                                second.toString())
                        == 2);
        assertThat(jdbc.queryForObject(
                        "SELECT (SELECT leaf_index FROM ledger_leaf WHERE global_index = ?) < "
                                + "(SELECT min(leaf_index) FROM ledger_leaf WHERE global_index IN "
                                + "(SELECT globalindex FROM domainevententry WHERE aggregateidentifier IN (?, ?)))",
                        Boolean.class,
                        late,
                        first.toString(),
                        second.toString()))
                .as("sealed in (transaction id, global index) order")
                .isTrue();
        assertThat(jdbc.queryForList(
                        "SELECT global_index FROM ledger_leaf GROUP BY global_index HAVING count(*) > 1", Long.class))
                .as("no event sealed twice")
                .isEmpty();
        assertThat(as("admin")
                        .get("/api/admin/reconciliation")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getBoolean("consistent"))
                .isTrue();
    }

    private boolean waitingOnARow() {
        Long waiting = jdbc.queryForObject(
                "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND wait_event IN "
                        + "('transactionid', 'tuple')",
                Long.class);
        return waiting != null && waiting > 0;
    }
}
