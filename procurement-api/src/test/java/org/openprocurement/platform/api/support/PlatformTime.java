package org.openprocurement.platform.api.support;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThan;
import static org.openprocurement.platform.api.support.HttpTest.as;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * The platform's clock, read and moved through the admin API. It is shared by every test in the JVM and only
 * moves forward, so deadlines are always computed from {@link #now()}, never from fixed dates.
 */
public final class PlatformTime {

    private PlatformTime() {}

    /** The platform's current time. */
    public static Instant now() {
        String now = as("admin")
                .get("/api/admin/clock")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("now");
        return Instant.parse(now);
    }

    /** Moves the platform's time forward by whole days until {@code moment} has passed. */
    public static void advancePast(Instant moment) {
        Duration ahead = Duration.between(now(), moment);
        long days = Math.max(0, ahead.toDays()) + 1;
        as("admin")
                .body(Map.of("advanceBy", "P" + days + "D"))
                .post("/api/admin/clock")
                .then()
                .statusCode(allOf(greaterThanOrEqualTo(200), lessThan(300)));
        awaitDueDeadlines();
    }

    /** Moves the platform's time forward by {@code amount}. */
    public static void advance(Duration amount) {
        as("admin")
                .body(Map.of("advanceBy", amount.toString()))
                .post("/api/admin/clock")
                .then()
                .statusCode(200);
        awaitDueDeadlines();
    }

    /**
     * Waits until the scheduler has run every deadline due at the platform's new present. Moving time makes
     * deadlines of this test and of earlier ones fall due; their events must be on the record before a test
     * counts what a request appended, or they would be counted as its own.
     */
    public static void awaitDueDeadlines() {
        Instant present = now();
        await("the deadlines due by " + present)
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> dueDeadlines(present) == 0);
    }

    private static long dueDeadlines(Instant present) throws SQLException {
        try (Connection connection =
                        DriverManager.getConnection(TestDatabase.url(), TestDatabase.user(), TestDatabase.password());
                PreparedStatement due =
                        connection.prepareStatement("SELECT count(*) FROM scheduled_tasks WHERE execution_time <= ?")) {
            due.setTimestamp(1, Timestamp.from(present));
            try (ResultSet rows = due.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
