package org.openprocurement.platform.api.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.path.json.JsonPath;
import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.openprocurement.platform.api.support.Bids;
import org.openprocurement.platform.api.support.BudgetLines;
import org.openprocurement.platform.api.support.HttpTest;
import org.openprocurement.platform.api.support.Tenders;
import org.openprocurement.platform.audit.ledger.MerkleHashes;
import org.openprocurement.platform.audit.ledger.MerkleProofs;
import org.openprocurement.platform.audit.ledger.SignedCheckpoint;
import org.openprocurement.platform.audit.verifier.LedgerVerifier;
import org.springframework.beans.factory.annotation.Autowired;

/** Every event sealed once into the ledger; signed checkpoints and proofs anyone can check. */
class LedgerHttpTest extends HttpTest {

    private static final Duration SEALED_WITHIN = Duration.ofSeconds(30);

    @Autowired
    private DataSource dataSource;

    @Test
    void aPublicationIsSealedUnderASignedCheckpointThatTheExportAndAnInclusionProofReproduce() throws Exception {
        UUID tender = Tenders.published();
        long publication = jdbc.queryForObject(
                "SELECT globalindex FROM domainevententry WHERE aggregateidentifier = ? AND payloadtype LIKE "
                        + "'%TenderPublished'",
                Long.class, tender.toString());
        awaitEverythingSealed();
        JsonPath leaf = anonymous()
                .get("/api/public/ledger/events/{g}/leaf", publication)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        long leafIndex = leaf.getLong("leafIndex");
        Map<String, Object> checkpoint =
                await().atMost(SEALED_WITHIN).until(() -> checkpointCovering(leafIndex), c -> c != null);

        String note = (String) checkpoint.get("note");
        SignedCheckpoint head = SignedCheckpoint.verify(note, (String) checkpoint.get("verifierKey"))
                .orElseThrow(() -> new AssertionError("the checkpoint's signature does not verify: " + note));
        assertThat(head.treeSize()).isEqualTo(((Number) checkpoint.get("treeSize")).longValue());

        // The auditor's export reproduces the signed root, leaf by leaf.
        String export = as("auditor")
                .get("/api/audit/ledger/export")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        List<String> lines = export.lines().toList();
        String signedPart = String.join("\n", lines.subList(0, (int) head.treeSize()));
        LedgerVerifier.Result verified = new LedgerVerifier(List.of(note), (String) checkpoint.get("verifierKey"))
                .verify(new BufferedReader(new StringReader(signedPart)), bytes -> {});
        assertThat(verified.problems()).isEmpty();
        assertThat(verified.checkpointsVerified()).isEqualTo(1);
        assertThat(Base64.getDecoder().decode(leaf.getString("leafHash")))
                .isEqualTo(MerkleHashes.leafHash(lines.get((int) leafIndex).getBytes(StandardCharsets.UTF_8)));

        // Anyone proves the publication is in the signed tree.
        List<String> proof = anonymous()
                .queryParam("leafIndex", leafIndex)
                .queryParam("treeSize", head.treeSize())
                .get("/api/public/ledger/proofs/inclusion")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("hashes", String.class);
        assertThat(MerkleProofs.verifyInclusion(
                        leafIndex,
                        head.treeSize(),
                        Base64.getDecoder().decode(leaf.getString("leafHash")),
                        proof.stream().map(Base64.getDecoder()::decode).toList(),
                        head.rootHash()))
                .isTrue();
    }

    @Test
    void beforeTheOpeningTheExportShowsABidOnlyAsItsLeafHashAndAfterItInFull() {
        UUID tender = Tenders.published();
        Bids.submit("supplier.anhe", tender, "1000", "Sealed offer").then().statusCode(201);
        awaitEverythingSealed();
        String before = as("auditor")
                .get("/api/audit/ledger/export")
                .then()
                .statusCode(200)
                .extract()
                .asString();

        assertThat(before).doesNotContain(Bids.bidOf("supplier.anhe", tender).toString());
        long sealedLeaf = jdbc.queryForObject(
                "SELECT l.leaf_index FROM ledger_leaf l JOIN domainevententry e ON e.globalindex = l.global_index "
                        + "WHERE e.aggregateidentifier = ?",
                Long.class,
                Bids.bidOf("supplier.anhe", tender).toString());
        assertThat(before.lines().skip(sealedLeaf).findFirst().orElseThrow())
                .startsWith("{\"leafIndex\":" + sealedLeaf + ",\"sealedBid\":");

        Tenders.open(tender);
        String after = as("auditor")
                .get("/api/audit/ledger/export")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(after.lines().skip(sealedLeaf).findFirst().orElseThrow())
                .contains(Bids.bidOf("supplier.anhe", tender).toString());
    }

    @Test
    void aBidderProvesItsBidIsSealedAndNobodyElseLearnsOfTheBid() {
        UUID tender = Tenders.published();
        Bids.submit("supplier.boda", tender, "2000", "Sealed offer").then().statusCode(201);
        UUID bid = Bids.bidOf("supplier.boda", tender);

        JsonPath seal = await().atMost(SEALED_WITHIN)
                .pollInterval(Duration.ofMillis(250))
                .until(
                        () -> as("supplier.boda").get("/api/tenders/{t}/bids/{b}/seal", tender, bid),
                        response -> response.statusCode() == 200)
                .jsonPath();
        String verifierKey = anonymous()
                .get("/api/public/ledger/checkpoints")
                .then()
                .extract()
                .jsonPath()
                .getString("[0].verifierKey");
        SignedCheckpoint head = SignedCheckpoint.verify(seal.getString("checkpoint"), verifierKey)
                .orElseThrow();
        assertThat(head.treeSize()).isEqualTo(seal.getLong("treeSize")).isGreaterThan(seal.getLong("leafIndex"));
        assertThat(MerkleProofs.verifyInclusion(
                        seal.getLong("leafIndex"),
                        head.treeSize(),
                        Base64.getDecoder().decode(seal.getString("leafHash")),
                        seal.getList("inclusionProof", String.class).stream()
                                .map(Base64.getDecoder()::decode)
                                .toList(),
                        head.rootHash()))
                .isTrue();
        for (String other : List.of("supplier.anhe", "purchasing.agent", "auditor")) {
            as(other).get("/api/tenders/{t}/bids/{b}/seal", tender, bid).then().statusCode(404);
        }
        anonymous().get("/api/tenders/{t}/bids/{b}/seal", tender, bid).then().statusCode(404);
    }

    @Test
    void laterCheckpointsAreConsistentWithEarlierOnes() {
        Tenders.published();
        awaitEverythingSealed();
        long first = latestCheckpointSize();
        Tenders.published();
        awaitEverythingSealed();
        long second = await().atMost(SEALED_WITHIN).until(this::latestCheckpointSize, size -> size > first);

        List<Map<String, Object>> checkpoints = anonymous()
                .queryParam("fromSize", first)
                .get("/api/public/ledger/checkpoints")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
        byte[] firstRoot = rootOf(checkpoints, first);
        byte[] secondRoot = rootOf(checkpoints, second);
        List<byte[]> proof = anonymous()
                .queryParam("from", first)
                .queryParam("to", second)
                .get("/api/public/ledger/proofs/consistency")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("hashes", String.class)
                .stream()
                .map(Base64.getDecoder()::decode)
                .toList();
        assertThat(MerkleProofs.verifyConsistency(first, second, firstRoot, secondRoot, proof))
                .isTrue();
    }

    @Test
    void anEventWhoseTransactionCommitsLateIsSealedOnceAndNothingIsSkipped() throws Exception {
        BudgetLines.appropriate("1000");
        awaitEverythingSealed();
        long sealedBefore = leaves();
        try (Connection held = dataSource.getConnection()) {
            held.setAutoCommit(false);
            long heldEvent;
            try (Statement statement = held.createStatement();
                    ResultSet rs = statement.executeQuery("""
                            INSERT INTO domainevententry (eventidentifier, aggregateidentifier, sequencenumber, type,
                                timestamp, payloadtype, payloadrevision, payload, metadata)
                            SELECT gen_random_uuid()::text, gen_random_uuid()::text, 0, type, timestamp, payloadtype,
                                payloadrevision, payload, metadata
                            FROM domainevententry ORDER BY globalindex DESC LIMIT 1
                            RETURNING globalindex""")) {
                rs.next();
                heldEvent = rs.getLong(1);
            }
            // Others commit after the held transaction began, with higher global indexes, and are acknowledged.
            BudgetLines.appropriate("2000");
            BudgetLines.appropriate("3000");
            Thread.sleep(Duration.ofSeconds(2)); // four sealing passes, longer than a gap timeout would wait

            assertThat(leaves())
                    .as("nothing is sealed past a transaction still open")
                    .isEqualTo(sealedBefore);
            held.commit();
            awaitEverythingSealed();
            Long heldLeaf = jdbc.queryForObject(
                    "SELECT leaf_index FROM ledger_leaf WHERE global_index = ?", Long.class, heldEvent);
            assertThat(heldLeaf).isEqualTo(sealedBefore);
        }
        assertThat(jdbc.queryForList(
                        "SELECT global_index FROM ledger_leaf GROUP BY global_index HAVING count(*) > 1", Long.class))
                .as("no event sealed twice")
                .isEmpty();
    }

    @Test
    void theLastEventsAreCheckpointedEvenWhenNothingFollowsThem() {
        BudgetLines.appropriate("700");
        awaitEverythingSealed();

        await().atMost(SEALED_WITHIN)
                .pollInterval(Duration.ofMillis(250))
                .until(() -> latestCheckpointSize() == leaves());
    }

    @Test
    void theExportIsForAuditorsAndTheCheckpointsForEveryone() {
        as("supplier.anhe").get("/api/audit/ledger/export").then().statusCode(403);
        anonymous().get("/api/audit/ledger/export").then().statusCode(401);
        anonymous().get("/api/public/ledger/checkpoints").then().statusCode(200);
        anonymous()
                .queryParam("leafIndex", 5)
                .queryParam("treeSize", Long.MAX_VALUE)
                .get("/api/public/ledger/proofs/inclusion")
                .then()
                .statusCode(400)
                .body("code", equalTo("invalid-request"));
    }

    private void awaitEverythingSealed() {
        await().atMost(SEALED_WITHIN)
                .pollInterval(Duration.ofMillis(200))
                .until(() -> jdbc.queryForObject(
                                "SELECT count(*) FROM domainevententry e WHERE NOT EXISTS "
                                        + "(SELECT 1 FROM ledger_leaf l WHERE l.global_index = e.globalindex)",
                                Long.class)
                        == 0);
    }

    private long leaves() {
        return jdbc.queryForObject("SELECT count(*) FROM ledger_leaf", Long.class);
    }

    private long latestCheckpointSize() {
        return jdbc.queryForObject("SELECT coalesce(max(tree_size), 0) FROM ledger_checkpoint", Long.class);
    }

    private Map<String, Object> checkpointCovering(long leafIndex) {
        List<Map<String, Object>> checkpoints = anonymous()
                .queryParam("fromSize", leafIndex + 1)
                .queryParam("limit", 1)
                .get("/api/public/ledger/checkpoints")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
        return checkpoints.isEmpty() ? null : checkpoints.get(0);
    }

    private static byte[] rootOf(List<Map<String, Object>> checkpoints, long treeSize) {
        return checkpoints.stream()
                .filter(c -> ((Number) c.get("treeSize")).longValue() == treeSize)
                .map(c -> Base64.getDecoder().decode((String) c.get("rootHash")))
                .findFirst()
                .orElseThrow();
    }
}
