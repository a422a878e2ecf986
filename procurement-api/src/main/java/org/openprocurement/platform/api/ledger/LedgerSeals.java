package org.openprocurement.platform.api.ledger;

import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Where one event sits in the ledger, with the proof that it is there: for receipts (a bidder proves its
 * bid was sealed into the public tree without showing the bid).
 */
@Component
public class LedgerSeals {

    private final JdbcTemplate jdbc;
    private final LedgerQueries ledger;

    LedgerSeals(JdbcTemplate jdbc, LedgerQueries ledger) {
        this.jdbc = jdbc;
        this.ledger = ledger;
    }

    /**
     * An event's seal: its leaf, the first signed checkpoint that covers it and the RFC 9162 inclusion proof
     * against that checkpoint's root.
     */
    public record Seal(
            long sequenceNumber,
            long globalIndex,
            long leafIndex,
            String leafHash,
            long treeSize,
            String checkpoint,
            List<String> inclusionProof) {}

    /** Empty until the event is sealed and a signed checkpoint covers it (usually within seconds). */
    public Optional<Seal> of(String aggregateIdentifier, long sequenceNumber) {
        return jdbc
                .query(
                        "SELECT e.globalindex, l.leaf_index, l.leaf_hash, c.tree_size, c.note "
                                + "FROM domainevententry e JOIN ledger_leaf l ON l.global_index = e.globalindex "
                                + "JOIN LATERAL (SELECT tree_size, note FROM ledger_checkpoint "
                                + "WHERE tree_size > l.leaf_index ORDER BY tree_size LIMIT 1) c ON true "
                                + "WHERE e.aggregateidentifier = ? AND e.sequencenumber = ?",
                        (rs, row) -> new Object[] {
                            rs.getLong(1), rs.getLong(2), rs.getBytes(3), rs.getLong(4), rs.getString(5)
                        },
                        aggregateIdentifier,
                        sequenceNumber)
                .stream()
                .findFirst()
                .flatMap(row -> ledger.inclusion((long) row[1], (long) row[3])
                        .map(proof -> new Seal(
                                sequenceNumber,
                                (long) row[0],
                                (long) row[1],
                                Base64.getEncoder().encodeToString((byte[]) row[2]),
                                (long) row[3],
                                (String) row[4],
                                proof.hashes())));
    }
}
