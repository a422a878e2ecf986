package org.openprocurement.platform.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * What PostgreSQL itself sustains: raw JDBC appends of rows shaped and sized like the platform's events
 * (same columns and unique keys as Axon's event table), one durable commit per row, from the same number
 * of clients as the platform's load. The platform cannot beat this; the question is how close it gets.
 */
final class Ceiling {

    private static final String TABLE = """
            CREATE TABLE ceiling_event (
                globalindex        BIGSERIAL    PRIMARY KEY,
                aggregateidentifier VARCHAR(255) NOT NULL,
                sequencenumber     BIGINT       NOT NULL,
                type               VARCHAR(255),
                eventidentifier    VARCHAR(255) NOT NULL UNIQUE,
                metadata           BYTEA,
                payload            BYTEA        NOT NULL,
                payloadrevision    VARCHAR(255),
                payloadtype        VARCHAR(255) NOT NULL,
                timestamp          VARCHAR(255) NOT NULL,
                UNIQUE (aggregateidentifier, sequencenumber)
            )""";

    private static final String INSERT = "INSERT INTO ceiling_event (aggregateidentifier, sequencenumber, type, "
            + "eventidentifier, metadata, payload, payloadrevision, payloadtype, timestamp) "
            + "VALUES (?, 0, 'Bid', ?, ?, ?, '1', 'org.openprocurement.platform.core.bid.event.BidSubmitted', ?)";

    private Ceiling() {}

    /**
     * Appends {@code rows} rows of {@code payloadBytes} and {@code metadataBytes} from {@code clients}
     * connections, each row its own transaction.
     */
    static Figures run(
            BenchDatabase database,
            String label,
            int clients,
            int rows,
            int payloadBytes,
            int metadataBytes,
            Duration bound) {
        String name = "ceiling_" + clients;
        database.createDatabase(name);
        List<Connection> connections = new ArrayList<>();
        try {
            try (Connection ddl = database.connect(name);
                    Statement statement = ddl.createStatement()) {
                statement.execute(TABLE);
            }
            for (int c = 0; c < clients; c++) {
                Connection connection = database.connect(name);
                connection.setAutoCommit(true);
                connections.add(connection);
            }
            byte[] payload = filler(payloadBytes, 1);
            byte[] metadata = filler(metadataBytes, 2);
            ThreadLocal<PreparedStatement> statements = new ThreadLocal<>();
            List<Connection> pool = List.copyOf(connections);
            java.util.concurrent.atomic.AtomicInteger handed = new java.util.concurrent.atomic.AtomicInteger();
            return Load.run(label, clients, rows, bound, index -> {
                PreparedStatement insert = statements.get();
                if (insert == null) {
                    insert = pool.get(handed.getAndIncrement()).prepareStatement(INSERT);
                    statements.set(insert);
                }
                insert.setString(1, UUID.randomUUID().toString());
                insert.setString(2, UUID.randomUUID().toString());
                insert.setBytes(3, metadata);
                insert.setBytes(4, payload);
                insert.setString(5, Instant.now().toString());
                insert.executeUpdate();
                return 201;
            });
        } catch (SQLException e) {
            throw new IllegalStateException("The ceiling run failed", e);
        } finally {
            for (Connection connection : connections) {
                try {
                    connection.close();
                } catch (SQLException e) {
                    // closing after the run; nothing to save
                }
            }
        }
    }

    /** Printable bytes that do not compress to nothing, like a JSON payload with a sealed blob in it. */
    private static byte[] filler(int size, long seed) {
        Random random = new Random(seed);
        byte[] bytes = new byte[size];
        for (int i = 0; i < size; i++) {
            bytes[i] = (byte) ('0' + random.nextInt(75));
        }
        return bytes;
    }
}
