package org.openprocurement.platform.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

/**
 * The PostgreSQL every scenario runs on: the embedded server the platform uses by default, with the same
 * durable settings (fsync, synchronous_commit and full_page_writes on), owned by the harness so that it can
 * be killed and restarted on the same data independently of the platform.
 */
final class BenchDatabase implements AutoCloseable {

    static final String USER = "postgres";
    static final String PASSWORD = "postgres";

    private final Path dataDirectory;
    private final int port;
    private EmbeddedPostgres postgres;

    private BenchDatabase(Path dataDirectory, int port) {
        this.dataDirectory = dataDirectory;
        this.port = port;
    }

    static BenchDatabase start(Path dataDirectory) {
        BenchDatabase database = new BenchDatabase(dataDirectory, freePort());
        database.start();
        return database;
    }

    private void start() {
        try {
            Files.createDirectories(dataDirectory);
            postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setPort(port)
                    .setPGStartupWait(Duration.ofSeconds(90))
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("shared_buffers", "256MB")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start in " + dataDirectory, e);
        }
    }

    /** A fresh database for one scenario, so that each starts from an empty event store. */
    String createDatabase(String name) {
        try (Connection connection = connect("postgres");
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + name);
            return jdbcUrl(name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), USER, PASSWORD);
    }

    /** The durability settings as the server reports them, for the printed figures. */
    String durability() {
        try (Connection connection = connect("postgres");
                Statement statement = connection.createStatement()) {
            StringBuilder settings = new StringBuilder();
            for (String name : List.of("fsync", "synchronous_commit", "full_page_writes", "server_version")) {
                try (var rs = statement.executeQuery("SHOW " + name)) {
                    rs.next();
                    settings.append(settings.isEmpty() ? "" : ", ")
                            .append(name)
                            .append('=')
                            .append(rs.getString(1));
                }
            }
            return settings.toString();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the server settings", e);
        }
    }

    /**
     * Kills the postmaster and every server process with SIGKILL, as a crash would, then starts PostgreSQL
     * again on the same data; it recovers from its write-ahead log.
     */
    void crashAndRestart() {
        ProcessHandle postmaster = ProcessHandle.of(postmasterPid())
                .orElseThrow(() -> new IllegalStateException("PostgreSQL is not running"));
        List<ProcessHandle> processes = java.util.stream.Stream.concat(
                        java.util.stream.Stream.of(postmaster), postmaster.descendants())
                .toList();
        processes.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle process : processes) {
            process.onExit().join();
        }
        try {
            // Releases zonky's lock on the data directory; stopping an already dead server fails harmlessly.
            postgres.close();
        } catch (IOException | RuntimeException e) {
            // the server is gone, which is the point
        }
        postgres = null;
        RuntimeException last = null;
        for (int attempt = 0; attempt < 10; attempt++) {
            try {
                start();
                return;
            } catch (RuntimeException e) {
                last = e;
                pause(Duration.ofSeconds(1));
            }
        }
        throw last;
    }

    long postmasterPid() {
        try {
            return Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid"))
                    .get(0)
                    .trim());
        } catch (IOException e) {
            throw new UncheckedIOException("No postmaster.pid in " + dataDirectory, e);
        }
    }

    @Override
    public void close() {
        if (postgres == null) {
            return;
        }
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
