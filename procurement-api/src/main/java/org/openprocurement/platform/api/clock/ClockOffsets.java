package org.openprocurement.platform.api.clock;

import java.time.Duration;
import java.util.List;
import org.openprocurement.platform.api.infrastructure.PlatformClock;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Keeps the demo clock's offset in the database, so a restarted platform resumes at the time it had reached. */
@Component
class ClockOffsets implements SmartInitializingSingleton {

    private final JdbcTemplate jdbc;
    private final PlatformClock clock;

    ClockOffsets(JdbcTemplate jdbc, PlatformClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        List<Long> stored = jdbc.queryForList("SELECT offset_millis FROM platform_clock WHERE id = 1", Long.class);
        if (!stored.isEmpty() && stored.get(0) > clock.offset().toMillis()) {
            clock.advance(Duration.ofMillis(stored.get(0)).minus(clock.offset()));
        }
    }

    /** Moves the clock forward and records the new offset; false when the clock may not move. */
    @Transactional
    public boolean advance(Duration amount) {
        if (!clock.advance(amount)) {
            return false;
        }
        jdbc.update(
                "INSERT INTO platform_clock (id, offset_millis) VALUES (1, ?)"
                        + " ON CONFLICT (id) DO UPDATE SET offset_millis = GREATEST(platform_clock.offset_millis,"
                        + " EXCLUDED.offset_millis)",
                clock.offset().toMillis());
        return true;
    }
}
