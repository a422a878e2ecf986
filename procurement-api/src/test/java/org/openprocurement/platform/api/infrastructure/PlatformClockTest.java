package org.openprocurement.platform.api.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Platform time is handed out in microseconds, the precision PostgreSQL keeps, in every zone. */
class PlatformClockTest {

    private static final Instant SYSTEM_TIME = Instant.parse("2026-11-22T09:01:11.261594185Z");
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final PlatformClock clock = new PlatformClock(Clock.fixed(SYSTEM_TIME, ZoneOffset.UTC), true);

    @Test
    void handsOutInstantsTruncatedToMicroseconds() {
        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-11-22T09:01:11.261594Z"));
    }

    @Test
    void keepsMicrosecondsAfterAnAdvanceOfNanoseconds() {
        clock.advance(Duration.ofNanos(999));

        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-11-22T09:01:11.261595Z"));
    }

    @Test
    void inAnotherZoneReadsTheSamePlatformTimeAndFollowsLaterAdvances() {
        Clock shanghai = clock.withZone(SHANGHAI);
        clock.advance(Duration.ofDays(3));

        assertThat(shanghai.getZone()).isEqualTo(SHANGHAI);
        assertThat(shanghai.instant())
                .isEqualTo(Instant.parse("2026-11-25T09:01:11.261594Z"))
                .isEqualTo(clock.instant());
    }
}
