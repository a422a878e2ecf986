package org.openprocurement.platform.api.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.openprocurement.platform.api.infrastructure.EmbeddedDatabase;

/**
 * The PostgreSQL the tests run against: one embedded server per test JVM, started the way the platform
 * starts its default, or the server named by {@code PROCUREMENT_TEST_DATABASE_URL} (with
 * {@code PROCUREMENT_TEST_DATABASE_USER} and {@code PROCUREMENT_TEST_DATABASE_PASSWORD}).
 */
public final class TestDatabase {

    private static String url;
    private static String user;
    private static String password;

    private TestDatabase() {}

    public static synchronized String url() {
        if (url == null) {
            start();
        }
        return url;
    }

    public static String user() {
        url();
        return user;
    }

    public static String password() {
        url();
        return password;
    }

    /** The cluster of a test run is of no use after it; a run leaves nothing behind in the temp folder. */
    private static void deleteQuietly(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // best effort while the JVM exits
        }
    }

    private static void start() {
        String external = System.getenv("PROCUREMENT_TEST_DATABASE_URL");
        if (external != null && !external.isBlank()) {
            url = external;
            user = System.getenv().getOrDefault("PROCUREMENT_TEST_DATABASE_USER", "postgres");
            password = System.getenv().getOrDefault("PROCUREMENT_TEST_DATABASE_PASSWORD", "postgres");
            return;
        }
        try {
            Path directory = Files.createTempDirectory("procurement-test-pg");
            EmbeddedDatabase database = EmbeddedDatabase.start(directory, 0);
            Runtime.getRuntime()
                    .addShutdownHook(new Thread(
                            () -> {
                                database.close();
                                deleteQuietly(directory);
                            },
                            "stop-test-postgres"));
            url = database.jdbcUrl();
            user = "postgres";
            password = "postgres";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
