package org.openprocurement.platform.audit.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openprocurement.platform.audit.ledger.MerkleTree;
import org.openprocurement.platform.audit.ledger.SignedCheckpoint;

/** The verifier as a command: an export, checkpoints and a key in; a verdict and an exit code out. */
class VerifyLedgerTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private List<String> lines;
    private String key;
    private Path checkpoints;

    @BeforeEach
    void aLedgerOfTwoHundredEventsWithCheckpointsEveryFifty() throws Exception {
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        key = SignedCheckpoint.verifierKey("test-ledger", pair.getPublic());
        lines = new ArrayList<>();
        MerkleTree tree = new MerkleTree();
        StringBuilder notes = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            String aggregate = "aggregate-" + (i % 7);
            String line =
                    "{\"globalIndex\":%d,\"txId\":\"%d\",\"eventIdentifier\":\"event-%d\",\"aggregateIdentifier\":\"%s\","
                                    .formatted(i + 1, 1000 + i, i, aggregate)
                            + "\"sequenceNumber\":%d,\"type\":\"Test\",\"timestamp\":\"2026-11-22T00:00:00Z\","
                                    .formatted(i / 7)
                            + "\"payloadType\":\"Happened\",\"payloadRevision\":\"1\",\"payload\":\""
                            + Base64.getEncoder().encodeToString(("{\"n\":" + i + "}").getBytes(StandardCharsets.UTF_8))
                            + "\",\"metadata\":null}";
            lines.add(line);
            tree.append(line.getBytes(StandardCharsets.UTF_8));
            if (tree.size() % 50 == 0) {
                notes.append(new SignedCheckpoint("test/ledger", tree.size(), tree.root())
                        .sign("test-ledger", pair.getPrivate(), pair.getPublic()));
            }
        }
        checkpoints = Files.writeString(folder.resolve("checkpoints.txt"), notes);
    }

    @Test
    void anIntactExportExitsZero() throws Exception {
        assertThat(run(lines)).isZero();
        assertThat(out.toString()).startsWith("INTACT: 200 leaves, 4 of 4 signed checkpoints verified");
        assertThat(err.toString()).contains("100%");
    }

    @Test
    void anEditedLineFailsAndNamesWhereTheFirstBadLeafIs() throws Exception {
        List<String> edited = new ArrayList<>(lines);
        edited.set(120, edited.get(120).replace("\"type\":\"Test\"", "\"type\":\"Tset\""));

        assertThat(run(edited)).isEqualTo(1);
        assertThat(out.toString())
                .startsWith("TAMPERED: the signed checkpoint of size 150 does not match the export: the first bad "
                        + "leaf is at or after leaf 100 and before leaf 150");
    }

    @Test
    void aRemovedLineARepeatedEventAndAReorderAreEachNamed() throws Exception {
        List<String> removed = new ArrayList<>(lines);
        removed.remove(10);
        assertThat(run(removed)).isEqualTo(1);

        List<String> repeated = new ArrayList<>(lines);
        repeated.add(repeated.get(199));
        out.reset();
        assertThat(run(repeated)).isEqualTo(1);
        assertThat(out.toString()).contains("leaf 200 is out of the settled order");

        List<String> swapped = new ArrayList<>(lines);
        swapped.set(20, lines.get(21));
        swapped.set(21, lines.get(20));
        out.reset();
        assertThat(run(swapped)).isEqualTo(1);
        assertThat(out.toString()).contains("leaf 21 is out of the settled order");
    }

    @Test
    void bidsStillSealedAreCheckedThroughTheirLeafHashAlone() throws Exception {
        List<String> redacted = new ArrayList<>(lines);
        for (int i = 3; i < redacted.size(); i += 7) {
            redacted.set(i, "{\"leafIndex\":%d,\"sealedBid\":\"%s\"}".formatted(i, leafHash(lines.get(i))));
        }
        assertThat(run(redacted)).isZero();

        redacted.set(10, "{\"leafIndex\":10,\"sealedBid\":\"%s\"}".formatted(leafHash(lines.get(11))));
        out.reset();
        assertThat(run(redacted)).isEqualTo(1);
    }

    @Test
    void aTruncatedExportIsCaught() throws Exception {
        assertThat(run(lines.subList(0, 180))).isEqualTo(1);
        assertThat(out.toString()).contains("the export ends after 180 leaves but a signed checkpoint covers 200");
    }

    @Test
    void aCheckpointSignedByAnotherKeyIsAProblem() throws Exception {
        KeyPair other = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        key = SignedCheckpoint.verifierKey("test-ledger", other.getPublic());

        assertThat(run(lines)).isEqualTo(1);
        assertThat(out.toString()).contains("signature does not verify");
    }

    @Test
    void aMissingOptionIsAUsageError() {
        int code = VerifyLedger.run(
                new String[] {"--export", "x"}, new PrintStream(out, true), new PrintStream(err, true));

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("usage:");
    }

    private static String leafHash(String line) {
        return Base64.getEncoder()
                .encodeToString(org.openprocurement.platform.audit.ledger.MerkleHashes.leafHash(
                        line.getBytes(StandardCharsets.UTF_8)));
    }

    private int run(List<String> exportLines) throws Exception {
        Path export = Files.write(folder.resolve("ledger.ndjson"), exportLines);
        return VerifyLedger.run(
                new String[] {"--export", export.toString(), "--checkpoints", checkpoints.toString(), "--key", key},
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
