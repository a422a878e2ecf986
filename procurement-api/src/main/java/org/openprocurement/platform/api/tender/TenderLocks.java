package org.openprocurement.platform.api.tender;

import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Transaction-scoped PostgreSQL advisory locks on one tender. Bid transactions hold the lock shared, so any
 * number of them commit in parallel; an amendment, a cancellation and the opening hold it exclusively, so
 * they wait for bids in flight and no bid commits against terms that changed, or after the box was opened.
 */
@Component
public class TenderLocks {

    private final JdbcTemplate jdbc;

    TenderLocks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Taken by every bid transaction before it reads the tender's terms and the time. */
    public void shared(UUID tenderId) {
        jdbc.queryForList("SELECT pg_advisory_xact_lock_shared(?)", key(tenderId));
    }

    /** Taken by whatever changes the terms for bids or ends bidding. */
    public void exclusive(UUID tenderId) {
        jdbc.queryForList("SELECT pg_advisory_xact_lock(?)", key(tenderId));
    }

    private static long key(UUID tenderId) {
        return tenderId.getMostSignificantBits() ^ tenderId.getLeastSignificantBits();
    }
}
