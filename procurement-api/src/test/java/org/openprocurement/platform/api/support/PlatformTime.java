package org.openprocurement.platform.api.support;

import static org.openprocurement.platform.api.support.HttpTest.as;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * The platform's clock in tests. It is shared by every test of the JVM and only moves forward, so tests
 * compute their deadlines from {@link #now()}, never from fixed dates.
 */
public final class PlatformTime {

    private PlatformTime() {}

    /** The platform's current time. */
    public static Instant now() {
        return Instant.parse(as("admin")
                .get("/api/admin/clock")
                .then()
                .statusCode(200)
                .extract()
                .path("now"));
    }

    /** Moves the platform's time forward. */
    public static void advance(Duration amount) {
        as("admin")
                .body(Map.of("advanceBy", amount.toString()))
                .post("/api/admin/clock")
                .then()
                .statusCode(200);
    }
}
