package org.openprocurement.platform.api.infrastructure;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The platform's one source of business time: commands and deadlines (db-scheduler) read it. In demo and test runs it can be moved forward, so that a 20-day tendering period can be lived
 * through in seconds; it never moves backward, and production runs refuse to move it at all.
 */
public final class PlatformClock extends Clock {

    private final Clock system;
    private final boolean adjustable;
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    public PlatformClock(Clock system, boolean adjustable) {
        this.system = system;
        this.adjustable = adjustable;
    }

    /** Moves the platform's time forward by {@code amount}; false when this clock may not be moved. */
    public boolean advance(Duration amount) {
        if (!adjustable || amount.isNegative()) {
            return false;
        }
        offset.accumulateAndGet(amount, Duration::plus);
        return true;
    }

    public boolean adjustable() {
        return adjustable;
    }

    /** How far ahead of the system clock the platform runs. */
    public Duration offset() {
        return offset.get();
    }

    @Override
    public Instant instant() {
        // PostgreSQL keeps microseconds: a receipt must show exactly the time the record keeps.
        return system.instant().plus(offset.get()).truncatedTo(ChronoUnit.MICROS);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new Zoned(this, zone);
    }

    /** The same platform time seen in another zone: it follows later advances and keeps to microseconds. */
    private static final class Zoned extends Clock {

        private final PlatformClock platform;
        private final ZoneId zone;

        Zoned(PlatformClock platform, ZoneId zone) {
            this.platform = platform;
            this.zone = zone;
        }

        @Override
        public Instant instant() {
            return platform.instant();
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return platform.withZone(other);
        }
    }
}
