package org.openprocurement.platform.audit.verifier;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.LongConsumer;
import org.openprocurement.platform.audit.ledger.MerkleProofs;
import org.openprocurement.platform.audit.ledger.MerkleTree;
import org.openprocurement.platform.audit.ledger.SignedCheckpoint;

/**
 * Checks a ledger export against signed checkpoints, with nothing but the export, the checkpoints and the
 * public key: every line's leaf hash, every checkpoint's signature and root, consistency between checkpoints,
 * the settled order (transaction id, then global index), unique event ids and global indexes, and that each
 * aggregate's sequence numbers run from 0 without gap or repeat.
 */
public final class LedgerVerifier {

    /** What the verification found; {@link #problems()} is empty when the export is intact. */
    public record Result(long leaves, int checkpointsVerified, List<String> problems) {

        public boolean intact() {
            return problems.isEmpty();
        }
    }

    private final TreeMap<Long, SignedCheckpoint> checkpoints = new TreeMap<>();
    private final List<String> problems = new ArrayList<>();
    private long lastGood;
    private int verified;

    /** @param notes signed checkpoint notes; a note that does not verify with the key is itself a problem */
    public LedgerVerifier(List<String> notes, String verifierKey) {
        for (String note : notes) {
            SignedCheckpoint.verify(note, verifierKey)
                    .ifPresentOrElse(
                            c -> checkpoints.put(c.treeSize(), c),
                            () -> problems.add("a checkpoint's signature does not verify with key " + verifierKey + ": "
                                    + note.lines().limit(2).toList()));
        }
    }

    /** Reads the export line by line; {@code progress} receives the bytes read so far. */
    public Result verify(BufferedReader export, LongConsumer progress) throws IOException {
        MerkleTree tree = new MerkleTree();
        Set<Long> eventIds = new HashSet<>();
        Set<Long> globalIndexes = new HashSet<>();
        Set<Long> sequenceKeys = new HashSet<>();
        Map<String, long[]> aggregates = new HashMap<>();
        long previousTx = -1;
        long previousGlobal = -1;
        long bytes = 0;
        String line;
        while ((line = export.readLine()) != null) {
            long leaf = tree.size();
            byte[] raw = line.getBytes(StandardCharsets.UTF_8);
            bytes += raw.length + 1;
            try {
                Map<String, Object> entry = Json.object(line);
                if (entry.containsKey("sealedBid")) {
                    // A bid still sealed: only its leaf hash is disclosed, and the tree checks that hash.
                    if (!Long.valueOf(leaf).equals(entry.get("leafIndex"))) {
                        problem(leaf, "is a sealed bid that claims leaf " + entry.get("leafIndex"));
                    }
                    tree.appendLeafHash(Base64.getDecoder().decode(text(entry, "sealedBid")));
                } else {
                    tree.append(raw);
                    long tx = Long.parseLong(text(entry, "txId"));
                    long global = number(entry, "globalIndex");
                    String eventId = text(entry, "eventIdentifier");
                    String aggregate = text(entry, "aggregateIdentifier");
                    long sequence = number(entry, "sequenceNumber");
                    text(entry, "payloadType");
                    text(entry, "payload");
                    if (tx < previousTx || (tx == previousTx && global <= previousGlobal)) {
                        problem(
                                leaf,
                                "is out of the settled order (transaction " + tx + ", global index " + global
                                        + " after transaction " + previousTx + ", global index " + previousGlobal
                                        + ")");
                    }
                    if (!eventIds.add(fingerprint(eventId))) {
                        problem(leaf, "repeats event id " + eventId);
                    }
                    if (!globalIndexes.add(global)) {
                        problem(leaf, "repeats global index " + global);
                    }
                    if (!sequenceKeys.add(fingerprint(aggregate + "#" + sequence))) {
                        problem(leaf, "repeats sequence number " + sequence + " of aggregate " + aggregate);
                    }
                    long[] counts = aggregates.computeIfAbsent(aggregate, a -> new long[] {0, -1, leaf});
                    counts[0]++;
                    counts[1] = Math.max(counts[1], sequence);
                    previousTx = tx;
                    previousGlobal = global;
                }
            } catch (IllegalArgumentException e) {
                problem(leaf, "is not a ledger entry: " + e.getMessage());
            }
            if (tree.size() == leaf) {
                tree.append(raw); // the line still takes its place in the tree, so later leaves keep theirs
            }
            checkCheckpoint(tree);
            progress.accept(bytes);
        }
        aggregates.forEach((aggregate, counts) -> {
            if (counts[0] != counts[1] + 1) {
                problems.add("aggregate " + aggregate + " (first seen at leaf " + counts[2] + ") has " + counts[0]
                        + " events but sequence numbers up to " + counts[1] + ": one is missing");
            }
        });
        for (SignedCheckpoint checkpoint :
                checkpoints.tailMap(tree.size(), false).values()) {
            problems.add("the export ends after " + tree.size() + " leaves but a signed checkpoint covers "
                    + checkpoint.treeSize() + ": leaves were removed");
        }
        consistency(tree);
        return new Result(tree.size(), verified, List.copyOf(problems));
    }

    /** Compares the root with the signed checkpoint of this size, if there is one. */
    private void checkCheckpoint(MerkleTree tree) {
        SignedCheckpoint checkpoint = checkpoints.get(tree.size());
        if (checkpoint == null) {
            return;
        }
        if (java.util.Arrays.equals(tree.root(), checkpoint.rootHash())) {
            verified++;
            lastGood = tree.size();
        } else {
            problems.add("the signed checkpoint of size " + checkpoint.treeSize()
                    + " does not match the export: the first bad leaf is at or after leaf " + lastGood
                    + " and before leaf " + checkpoint.treeSize());
        }
    }

    /** Each checkpoint within the export must extend the one before it (RFC 9162 consistency proof). */
    private void consistency(MerkleTree tree) {
        SignedCheckpoint previous = null;
        for (SignedCheckpoint checkpoint :
                checkpoints.headMap(tree.size(), true).values()) {
            if (previous != null
                    && !MerkleProofs.verifyConsistency(
                            previous.treeSize(),
                            checkpoint.treeSize(),
                            previous.rootHash(),
                            checkpoint.rootHash(),
                            tree.consistencyProof(previous.treeSize(), checkpoint.treeSize()))) {
                problems.add("the checkpoint of size " + checkpoint.treeSize()
                        + " is not consistent with the one of size " + previous.treeSize());
            }
            previous = checkpoint;
        }
    }

    private void problem(long leaf, String what) {
        problems.add("leaf " + leaf + " " + what);
    }

    private static String text(Map<String, Object> entry, String field) {
        if (!(entry.get(field) instanceof String value)) {
            throw new IllegalArgumentException("no text field " + field);
        }
        return value;
    }

    private static long number(Map<String, Object> entry, String field) {
        if (!(entry.get(field) instanceof Long value)) {
            throw new IllegalArgumentException("no integer field " + field);
        }
        return value;
    }

    /** 64-bit FNV-1a: a compact key for the uniqueness sets of a million-event export. */
    private static long fingerprint(String value) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < value.length(); i++) {
            hash ^= value.charAt(i);
            hash *= 0x100000001b3L;
        }
        return hash;
    }
}
