package org.openprocurement.platform.api.ledger;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Reads of the ledger: checkpoints, leaves, proofs and the verifier's export. */
@Component
class LedgerQueries {

    private final JdbcTemplate jdbc;
    private final JdbcTemplate streaming;
    private final TransactionTemplate readOnly;
    private final LedgerSealer sealer;

    LedgerQueries(JdbcTemplate jdbc, PlatformTransactionManager transactions, LedgerSealer sealer) {
        this.jdbc = jdbc;
        // PostgreSQL streams a result in chunks only inside a transaction and with a fetch size.
        this.streaming = new JdbcTemplate(jdbc.getDataSource());
        this.streaming.setFetchSize(1000);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.sealer = sealer;
    }

    record Checkpoint(
            long treeSize, String rootHash, String reason, Instant createdAt, String note, String verifierKey) {}

    record Proof(long treeSize, List<String> hashes) {}

    record Leaf(long leafIndex, long globalIndex, String leafHash) {}

    List<Checkpoint> checkpoints(long fromSize, int limit) {
        return jdbc.query(
                CHECKPOINTS + "WHERE tree_size >= ? ORDER BY tree_size LIMIT ?",
                LedgerQueries::checkpoint,
                fromSize,
                limit);
    }

    Optional<Checkpoint> latest() {
        return jdbc.query(CHECKPOINTS + "ORDER BY tree_size DESC LIMIT 1", LedgerQueries::checkpoint).stream()
                .findFirst();
    }

    Optional<Leaf> leafOfEvent(long globalIndex) {
        return jdbc
                .query(
                        "SELECT leaf_index, global_index, leaf_hash FROM ledger_leaf WHERE global_index = ?",
                        (rs, row) -> new Leaf(
                                rs.getLong(1),
                                rs.getLong(2),
                                Base64.getEncoder().encodeToString(rs.getBytes(3))),
                        globalIndex)
                .stream()
                .findFirst();
    }

    /** Empty when the tree has not reached {@code treeSize} or the leaf is outside it. */
    Optional<Proof> inclusion(long leafIndex, long treeSize) {
        return sealer.read(tree -> treeSize < 1 || treeSize > tree.size() || leafIndex < 0 || leafIndex >= treeSize
                ? Optional.empty()
                : Optional.of(new Proof(treeSize, encode(tree.inclusionProof(leafIndex, treeSize)))));
    }

    /** Empty unless {@code 0 <= from <= to <= size of the tree}. */
    Optional<Proof> consistency(long from, long to) {
        return sealer.read(tree -> from < 0 || from > to || to > tree.size()
                ? Optional.empty()
                : Optional.of(new Proof(to, encode(tree.consistencyProof(from, to)))));
    }

    /**
     * Every sealed event in leaf order, one canonical JSON line each: what the offline verifier reads. A bid
     * of a tender not yet opened is sealed for everyone, auditors included: its line carries only the leaf
     * hash ({@code {"leafIndex":…,"sealedBid":"<base64>"}}), which keeps the tree verifiable without telling
     * who bid; the full line appears in the export once the tender box is opened.
     */
    void export(OutputStream out) {
        readOnly.executeWithoutResult(status -> streaming.query(
                "SELECT " + LedgerEntry.COLUMNS + ", l.leaf_index, l.leaf_hash, "
                        + "(e.type = 'Bid' AND NOT EXISTS (SELECT 1 FROM bid_view b JOIN tender_view t "
                        + "ON t.tender_id = b.tender_id WHERE b.bid_id::text = e.aggregateidentifier "
                        + "AND t.opened_at IS NOT NULL)) AS sealed_bid "
                        + "FROM ledger_leaf l JOIN domainevententry e ON e.globalindex = l.global_index "
                        + "ORDER BY l.leaf_index",
                rs -> {
                    try {
                        if (rs.getBoolean("sealed_bid")) {
                            out.write(("{\"leafIndex\":" + rs.getLong("leaf_index") + ",\"sealedBid\":\""
                                            + Base64.getEncoder().encodeToString(rs.getBytes("leaf_hash")) + "\"}")
                                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
                        } else {
                            out.write(LedgerEntry.read(rs).canonicalBytes());
                        }
                        out.write('\n');
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }));
    }

    private static final String CHECKPOINTS =
            "SELECT tree_size, root_hash, reason, created_at, note, verifier_key FROM ledger_checkpoint ";

    private static Checkpoint checkpoint(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Checkpoint(
                rs.getLong("tree_size"),
                Base64.getEncoder().encodeToString(rs.getBytes("root_hash")),
                rs.getString("reason"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("note"),
                rs.getString("verifier_key"));
    }

    private static List<String> encode(List<byte[]> hashes) {
        return hashes.stream().map(Base64.getEncoder()::encodeToString).toList();
    }
}
