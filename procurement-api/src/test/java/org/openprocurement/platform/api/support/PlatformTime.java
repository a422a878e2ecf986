package org.openprocurement.platform.api.support;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThan;
import static org.openprocurement.platform.api.support.HttpTest.as;

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
    }

    /** Moves the platform's time forward by {@code amount}. */
    public static void advance(Duration amount) {
        as("admin")
                .body(Map.of("advanceBy", amount.toString()))
                .post("/api/admin/clock")
                .then()
                .statusCode(200);
    }
}
