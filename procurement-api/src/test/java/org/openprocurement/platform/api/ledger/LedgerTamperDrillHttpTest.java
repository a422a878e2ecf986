package org.openprocurement.platform.api.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openprocurement.platform.api.support.BudgetLines;
import org.openprocurement.platform.api.support.HttpTest;
import org.openprocurement.platform.api.support.Tenders;
import org.openprocurement.platform.audit.verifier.LedgerVerifier;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The tamper drill on the real database: each way of rewriting the stored history, done inside a
 * transaction that is rolled back afterwards, and the offline verifier run on the export as it would be read
 * from the tampered database, against the public checkpoints and key. Every case must be caught.
 */
class LedgerTamperDrillHttpTest extends HttpTest {

    @Autowired
    private DataSource dataSource;

    private List<String> notes;
    private String verifierKey;
    private long leaves;

    @BeforeEach
    void historyUnderASignedCheckpoint() {
        Tenders.published();
        BudgetLines.appropriate("5000");
        Tenders.published();
        // Sealing and the periodic checkpoint catch up within seconds.
        await().atMost(Duration.ofSeconds(40))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> {
                    Long unsealed = jdbc.queryForObject(
                            "SELECT count(*) FROM domainevententry e WHERE NOT EXISTS "
                                    + "(SELECT 1 FROM ledger_leaf l WHERE l.global_index = e.globalindex)",
                            Long.class);
                    Long sealed = jdbc.queryForObject("SELECT count(*) FROM ledger_leaf", Long.class);
                    Long checkpointed = jdbc.queryForObject(
                            "SELECT coalesce(max(tree_size), 0) FROM ledger_checkpoint", Long.class);
                    return unsealed == 0 && sealed.equals(checkpointed);
                });
        leaves = jdbc.queryForObject("SELECT count(*) FROM ledger_leaf", Long.class);
        List<Map<String, Object>> checkpoints = anonymous()
                .queryParam("limit", 1000)
                .get("/api/public/ledger/checkpoints")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
        notes = checkpoints.stream().map(c -> (String) c.get("note")).toList();
        verifierKey = (String) checkpoints.get(0).get("verifierKey");
    }

    @Test
    void theUntouchedHistoryVerifies() throws Exception {
        assertThat(verifyAfter("SELECT 1").intact()).isTrue();
    }

    @Test
    void anEditedPayloadIsCaughtAndLocatedBetweenTwoCheckpoints() throws Exception {
        long leaf = leafOf("TenderDrafted");

        LedgerVerifier.Result result =
                verifyAfter("UPDATE domainevententry SET payload = convert_to(replace(convert_from(payload, 'UTF8'), "
                        + "'Ultrasound', 'Ultrasonic'), 'UTF8') WHERE globalindex = " + globalIndexOfLeaf(leaf));

        assertThat(result.intact()).isFalse();
        String first = result.problems().get(0);
        long from = Long.parseLong(first.replaceAll(".*at or after leaf (\\d+).*", "$1"));
        long before = Long.parseLong(first.replaceAll(".*before leaf (\\d+).*", "$1"));
        assertThat(leaf).isBetween(from, before - 1);
    }

    @Test
    void aDeletedEventIsCaught() throws Exception {
        long global = globalIndexOfLeaf(leaves / 2);

        LedgerVerifier.Result result = verifyAfter("DELETE FROM domainevententry WHERE globalindex = " + global);

        assertThat(result.intact()).isFalse();
    }

    @Test
    void twoEventsSwappedInOrderAreCaught() throws Exception {
        long first = globalIndexOfLeaf(leaves - 3);
        long second = globalIndexOfLeaf(leaves - 2);

        LedgerVerifier.Result result = verifyAfter(
                "UPDATE domainevententry SET globalindex = -1 WHERE globalindex = " + first,
                "UPDATE domainevententry SET globalindex = " + first + " WHERE globalindex = " + second,
                "UPDATE domainevententry SET globalindex = " + second + " WHERE globalindex = -1");

        assertThat(result.intact()).isFalse();
    }

    @Test
    void aTruncatedAndReloadedHistoryIsCaught() throws Exception {
        LedgerVerifier.Result result = verifyAfter(
                "CREATE TEMP TABLE saved ON COMMIT DROP AS SELECT * FROM domainevententry",
                "DELETE FROM domainevententry",
                "INSERT INTO domainevententry (globalindex, eventidentifier, aggregateidentifier, sequencenumber, "
                        + "type, timestamp, payloadtype, payloadrevision, payload, metadata) "
                        + "SELECT globalindex, eventidentifier, aggregateidentifier, sequencenumber, type, timestamp, "
                        + "payloadtype, payloadrevision, payload, metadata FROM saved");

        assertThat(result.intact()).isFalse();
    }

    @Test
    void aCutOffTailIsCaught() throws Exception {
        long global = globalIndexOfLeaf(leaves - 1);

        LedgerVerifier.Result result = verifyAfter("DELETE FROM ledger_leaf WHERE global_index = " + global);

        assertThat(result.intact()).isFalse();
        assertThat(result.problems()).anyMatch(p -> p.contains("leaves were removed"));
    }

    /** Tampers inside a transaction, exports as the platform would from that database, verifies, rolls back. */
    private LedgerVerifier.Result verifyAfter(String... tampering) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                try (Statement statement = connection.createStatement()) {
                    for (String sql : tampering) {
                        statement.execute(sql);
                        if (sql.startsWith("UPDATE") || sql.startsWith("DELETE")) {
                            assertThat(statement.getUpdateCount())
                                    .as("rows changed by " + sql)
                                    .isPositive();
                        }
                    }
                }
                StringBuilder export = new StringBuilder();
                try (PreparedStatement statement = connection.prepareStatement(
                                "SELECT " + LedgerEntry.COLUMNS + " FROM ledger_leaf l JOIN domainevententry e "
                                        + "ON e.globalindex = l.global_index WHERE l.leaf_index < ? "
                                        + "ORDER BY l.leaf_index");
                        ResultSet rs = bind(statement, leaves).executeQuery()) {
                    while (rs.next()) {
                        export.append(new String(LedgerEntry.read(rs).canonicalBytes(), StandardCharsets.UTF_8))
                                .append('\n');
                    }
                }
                return new LedgerVerifier(notes, verifierKey)
                        .verify(new BufferedReader(new StringReader(export.toString())), bytes -> {});
            } finally {
                connection.rollback();
            }
        }
    }

    private static PreparedStatement bind(PreparedStatement statement, long value) throws Exception {
        statement.setLong(1, value);
        return statement;
    }

    private long leafOf(String eventType) {
        return jdbc.queryForObject(
                "SELECT max(l.leaf_index) FROM ledger_leaf l JOIN domainevententry e ON e.globalindex = l.global_index "
                        + "WHERE e.payloadtype LIKE ?",
                Long.class,
                "%" + eventType);
    }

    private long globalIndexOfLeaf(long leaf) {
        return jdbc.queryForObject("SELECT global_index FROM ledger_leaf WHERE leaf_index = ?", Long.class, leaf);
    }
}
