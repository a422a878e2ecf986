package org.openprocurement.platform.api.ledger;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.openprocurement.platform.audit.ledger.MerkleHashes;
import org.openprocurement.platform.audit.ledger.MerkleTree;
import org.openprocurement.platform.audit.ledger.SignedCheckpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seals every committed event into the ledger, once, in a settled order, and signs checkpoints.
 *
 * <p>The order is (transaction id, global index). Each pass reads only events whose transaction id lies below
 * {@code pg_snapshot_xmin} of a fresh snapshot: every such transaction has ended, so no event can still
 * appear there later. A transaction that commits late, with a global index below events already sealed, has
 * a transaction id at or above that fence and is sealed by a later pass, after them. Axon's own gap
 * detection, which gives up on a missing global index after a timeout, is not involved (AxonFramework issue
 * #4829). One sealer at a time, across platform instances, by an advisory lock.
 */
@Component
class LedgerSealer {

    private static final Logger log = LoggerFactory.getLogger(LedgerSealer.class);
    private static final long LOCK = 0x4C45444745524C4BL; // "LEDGERLK"
    private static final int BATCH = 5000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final LedgerKey key;
    private final LedgerProperties properties;
    private final Clock clock;
    private MerkleTree tree;
    private Instant lastCheckpointAt = Instant.EPOCH;

    LedgerSealer(
            JdbcTemplate jdbc,
            TransactionTemplate transactions,
            LedgerKey key,
            LedgerProperties properties,
            Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.key = key;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${procurement.ledger.seal-interval:500ms}")
    void sealInBackground() {
        try {
            seal();
        } catch (RuntimeException e) {
            log.warn("Sealing the ledger failed; the next pass retries: {}", e.toString());
        }
    }

    /** One pass: seals what has settled since the last pass; answers the tree size after it. */
    synchronized long seal() {
        try {
            Long size = transactions.execute(status -> sealSettledEvents());
            return size == null ? 0 : size;
        } catch (RuntimeException e) {
            tree = null; // rebuilt from the database on the next pass
            throw e;
        }
    }

    /**
     * The tree as sealed so far, for proofs; callers must not modify it. It is caught up from the ledger first:
     * another instance may hold the lock and have sealed, and signed a checkpoint over, leaves this one has not
     * loaded, and a proof asked against that checkpoint must not be refused here.
     */
    synchronized <T> T read(java.util.function.Function<MerkleTree, T> reader) {
        MerkleTree current = currentTree();
        catchUp(current);
        return reader.apply(current);
    }

    private long sealSettledEvents() {
        Boolean locked = jdbc.queryForObject("SELECT pg_try_advisory_xact_lock(?)", Boolean.class, LOCK);
        if (!Boolean.TRUE.equals(locked)) {
            return currentTree().size();
        }
        MerkleTree sealed = currentTree();
        catchUp(sealed);
        String fence = jdbc.queryForObject("SELECT pg_snapshot_xmin(pg_current_snapshot())::text", String.class);
        var position = jdbc.queryForMap(
                "SELECT last_tx_id::text AS tx, last_global_index AS gi FROM ledger_state WHERE id = 1 FOR UPDATE");
        List<LedgerEntry> entries = jdbc.query(
                "SELECT " + LedgerEntry.COLUMNS + " FROM domainevententry e "
                        + "WHERE (tx_id, globalindex) > (?::xid8, ?) AND tx_id < ?::xid8 "
                        // Belt and braces: the position alone already excludes sealed events; a sealed
                        // event found again would otherwise stop the sealer on the unique key for ever.
                        + "AND NOT EXISTS (SELECT 1 FROM ledger_leaf l WHERE l.global_index = e.globalindex) "
                        // Qualified: a bare tx_id would name the text column of the select list and sort 1000
                        // before 999 when the transaction counter gains a digit within one batch.
                        + "ORDER BY e.tx_id, e.globalindex LIMIT " + BATCH,
                (rs, row) -> LedgerEntry.read(rs),
                position.get("tx"),
                position.get("gi"),
                fence);
        Timestamp now = Timestamp.from(clock.instant());
        if (!entries.isEmpty()) {
            sealLeaves(sealed, entries, now);
        }
        // Also when nothing new came: the last events must not wait for the next ones to be checkpointed.
        String reason = checkpointReason(sealed.size(), entries);
        if (reason != null) {
            checkpoint(sealed, reason, now);
        }
        return sealed.size();
    }

    private void sealLeaves(MerkleTree sealed, List<LedgerEntry> entries, Timestamp now) {
        List<Object[]> leaves = entries.stream()
                .map(entry -> {
                    byte[] leafHash = MerkleHashes.leafHash(entry.canonicalBytes());
                    long leafIndex = sealed.appendLeafHash(leafHash);
                    return new Object[] {leafIndex, entry.globalIndex(), leafHash, now};
                })
                .toList();
        jdbc.batchUpdate(
                "INSERT INTO ledger_leaf (leaf_index, global_index, leaf_hash, sealed_at) VALUES (?, ?, ?, ?)", leaves);
        LedgerEntry last = entries.get(entries.size() - 1);
        jdbc.update(
                "UPDATE ledger_state SET last_tx_id = ?::xid8, last_global_index = ? WHERE id = 1",
                last.txId(),
                last.globalIndex());
    }

    private String checkpointReason(long size, List<LedgerEntry> entries) {
        Long lastCheckpoint =
                jdbc.queryForObject("SELECT coalesce(max(tree_size), 0) FROM ledger_checkpoint", Long.class);
        long since = lastCheckpoint == null ? size : size - lastCheckpoint;
        return entries.stream()
                .filter(LedgerEntry::milestone)
                .reduce((first, second) -> second)
                .map(e ->
                        "milestone " + e.payloadType().substring(e.payloadType().lastIndexOf('.') + 1))
                .orElseGet(() -> {
                    if (since >= properties.checkpointEvery()) {
                        return "every " + properties.checkpointEvery() + " events";
                    }
                    if (since > 0
                            && !clock.instant().isBefore(lastCheckpointAt.plus(properties.checkpointInterval()))) {
                        return "every " + properties.checkpointInterval().toSeconds() + " s";
                    }
                    return null;
                });
    }

    private void checkpoint(MerkleTree sealed, String reason, Timestamp now) {
        SignedCheckpoint head = new SignedCheckpoint(properties.origin(), sealed.size(), sealed.root());
        jdbc.update(
                "INSERT INTO ledger_checkpoint (tree_size, root_hash, note, verifier_key, reason, created_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (tree_size) DO NOTHING",
                head.treeSize(),
                head.rootHash(),
                key.sign(head),
                key.verifierKey(),
                reason,
                now);
        lastCheckpointAt = now.toInstant();
    }

    private MerkleTree currentTree() {
        if (tree == null) {
            tree = new MerkleTree();
            catchUp(tree);
        }
        return tree;
    }

    /** Loads leaves another instance (or an earlier run) sealed that this one has not seen. */
    private void catchUp(MerkleTree sealed) {
        jdbc.query(
                "SELECT leaf_hash FROM ledger_leaf WHERE leaf_index >= ? ORDER BY leaf_index",
                rs -> {
                    sealed.appendLeafHash(rs.getBytes(1));
                },
                sealed.size());
    }
}
