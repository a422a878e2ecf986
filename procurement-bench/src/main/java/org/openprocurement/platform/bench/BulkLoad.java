package org.openprocurement.platform.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Grows the event store to a million events quickly, in the platform's own store format: the storm tender's
 * stored events (the tender's and every bid's) are copied into further tenders inside PostgreSQL, byte for byte
 * except for the identifiers (a copy's tender and bid ids are derived from the originals and the copy number,
 * in the aggregate column and in the payload's JSON text alike), with fresh event identifiers and the
 * sequence numbers, types, revisions, timestamps and metadata of the originals. The read models the tender and
 * bid projectors keep are copied the same way, so that the platform's reconciliation must find the copies'
 * rebuilt read models equal to the copied ones. Each batch of copies is one transaction, so the ledger seals
 * them as it seals any other commit. A copy's sealed bids cannot be opened (their ciphertext is bound to the
 * original tender): copies serve replay, verification and rebuild measurements only.
 */
final class BulkLoad {

    private static final int COPIES_PER_TRANSACTION = 5;

    private BulkLoad() {}

    /** Adds copies of {@code tender} until the store holds at least {@code target} events; answers the total. */
    static long growTo(BenchDatabase database, UUID tender, long target) throws SQLException {
        try (Connection connection = database.connect("platform")) {
            long events = count(connection, "SELECT count(*) FROM domainevententry");
            long perCopy = count(
                    connection,
                    "SELECT count(*) FROM domainevententry WHERE aggregateidentifier = '" + tender + "' OR "
                            + "aggregateidentifier IN (SELECT bid_id::text FROM bid_view WHERE tender_id = '" + tender
                            + "')");
            if (events >= target || perCopy == 0) {
                return events;
            }
            List<String> tenderTables = new ArrayList<>();
            try (ResultSet rs = connection
                    .createStatement()
                    .executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' "
                            + "AND (table_name LIKE 'tender\\_%\\_view' OR table_name = 'tender_view') "
                            + "ORDER BY table_name = 'tender_view' DESC, table_name")) {
                while (rs.next()) {
                    tenderTables.add(rs.getString(1));
                }
            }
            long copies = (target - events + perCopy - 1) / perCopy;
            connection.setAutoCommit(false);
            for (long first = 1; first <= copies; first += COPIES_PER_TRANSACTION) {
                long last = Math.min(copies, first + COPIES_PER_TRANSACTION - 1);
                copy(connection, tender, tenderTables, first, last);
                connection.commit();
            }
            connection.setAutoCommit(true);
            return count(connection, "SELECT count(*) FROM domainevententry");
        }
    }

    private static void copy(Connection connection, UUID tender, List<String> tenderTables, long first, long last)
            throws SQLException {
        String copies = "(SELECT c, md5('" + tender + ":' || c)::uuid::text AS tender FROM generate_series(" + first
                + ", " + last + ") c) copies";
        String bids = "(SELECT bid_id::text FROM bid_view WHERE tender_id = '" + tender + "')";
        String newAggregate = "CASE WHEN e.aggregateidentifier = '" + tender + "' THEN copies.tender "
                + "ELSE md5(e.aggregateidentifier || ':' || c)::uuid::text END";
        try (Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO domainevententry (eventidentifier, aggregateidentifier, sequencenumber, "
                    + "type, timestamp, payloadtype, payloadrevision, payload, metadata) "
                    + "SELECT gen_random_uuid()::text, " + newAggregate + ", e.sequencenumber, e.type, e.timestamp, "
                    + "e.payloadtype, e.payloadrevision, convert_to(replace(replace(convert_from(e.payload, 'UTF8'), '"
                    + tender + "', copies.tender), e.aggregateidentifier, " + newAggregate + "), 'UTF8'), e.metadata "
                    + "FROM domainevententry e CROSS JOIN " + copies + " WHERE e.aggregateidentifier = '" + tender
                    + "' OR e.aggregateidentifier IN " + bids + " ORDER BY c, e.globalindex");
            for (String table : tenderTables) {
                statement.execute("INSERT INTO " + table + " SELECT (copy).* FROM (SELECT (replace(r::text, '"
                        + tender + "', copies.tender))::" + table + " AS copy FROM " + table + " r CROSS JOIN "
                        + copies + " WHERE r::text LIKE '%" + tender + "%') copied");
            }
            statement.execute("INSERT INTO bid_view SELECT md5(b.bid_id::text || ':' || c)::uuid, copies.tender::uuid, "
                    + "b.supplier_id, b.status, b.sealed_content, b.content_digest, b.confirmed_amendment, "
                    + "b.submitted_at, b.late_attempts, b.version FROM bid_view b CROSS JOIN " + copies
                    + " WHERE b.tender_id = '" + tender + "'");
        }
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
