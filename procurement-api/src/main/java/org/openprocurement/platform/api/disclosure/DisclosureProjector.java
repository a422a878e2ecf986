package org.openprocurement.platform.api.disclosure;

import java.sql.Timestamp;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.openprocurement.platform.core.disclosure.event.DeferredDisclosureReached;
import org.openprocurement.platform.core.disclosure.event.DisclosureDeferred;
import org.openprocurement.platform.core.disclosure.event.ProcessClassified;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Keeps each process's classification and deferrals, in the transaction of the decision. */
@Component
@ProcessingGroup("process-disclosure")
class DisclosureProjector {

    private final JdbcTemplate jdbc;

    DisclosureProjector(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ProcessClassified e) {
        jdbc.update(
                "INSERT INTO process_disclosure (process_id, classification, justification, classified_at)"
                        + " VALUES (?, ?, ?, ?) ON CONFLICT (process_id) DO UPDATE SET"
                        + " classification = EXCLUDED.classification, justification = EXCLUDED.justification,"
                        + " classified_at = EXCLUDED.classified_at",
                e.processId(),
                e.classification().name(),
                e.justification(),
                Timestamp.from(e.classifiedAt()));
    }

    @EventHandler
    void on(DisclosureDeferred e) {
        jdbc.update(
                "INSERT INTO process_deferral (process_id, field, justification, disclosable_at, deferred_at)"
                        + " VALUES (?, ?, ?, ?, ?)",
                e.processId(),
                e.field(),
                e.justification(),
                Timestamp.from(e.disclosableAt()),
                Timestamp.from(e.deferredAt()));
    }

    @EventHandler
    void on(DeferredDisclosureReached e) {
        jdbc.update(
                "UPDATE process_deferral SET disclosed_at = ? WHERE process_id = ? AND field = ?",
                Timestamp.from(e.disclosedAt()),
                e.processId(),
                e.field());
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM process_deferral");
        jdbc.update("DELETE FROM process_disclosure");
    }
}
