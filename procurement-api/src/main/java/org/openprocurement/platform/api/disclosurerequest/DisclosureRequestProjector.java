package org.openprocurement.platform.api.disclosurerequest;

import java.sql.Timestamp;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.openprocurement.platform.core.disclosurerequest.event.DisclosureAnswerOverdue;
import org.openprocurement.platform.core.disclosurerequest.event.DisclosureDeadlineExtended;
import org.openprocurement.platform.core.disclosurerequest.event.DisclosureRequestAnswered;
import org.openprocurement.platform.core.disclosurerequest.event.DisclosureRequested;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Keeps disclosure_request_view in the transaction of the events. */
@Component
@ProcessingGroup("disclosure-request-view")
class DisclosureRequestProjector {

    private final JdbcTemplate jdbc;

    DisclosureRequestProjector(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(DisclosureRequested e, @SequenceNumber long version) {
        jdbc.update(
                "INSERT INTO disclosure_request_view (request_id, process_id, responsible_organisation_id,"
                        + " information, requested_at, due_at, version) VALUES (?, ?, ?, ?, ?, ?, ?)",
                e.requestId(),
                e.processId(),
                e.responsibleOrganisationId(),
                e.information(),
                ts(e.requestedAt()),
                ts(e.dueAt()),
                version);
    }

    @EventHandler
    void on(DisclosureDeadlineExtended e, @SequenceNumber long version) {
        jdbc.update(
                "UPDATE disclosure_request_view SET extension_reason = ?, extended_at = ?, due_at = ?, version = ?"
                        + " WHERE request_id = ?",
                e.reason(),
                ts(e.extendedAt()),
                ts(e.dueAt()),
                version,
                e.requestId());
    }

    @EventHandler
    void on(DisclosureRequestAnswered e, @SequenceNumber long version) {
        jdbc.update(
                "UPDATE disclosure_request_view SET decision = ?, disclosed_information = ?, grounds = ?,"
                        + " answered_at = ?, version = ? WHERE request_id = ?",
                e.decision().name(),
                e.information(),
                e.grounds(),
                ts(e.answeredAt()),
                version,
                e.requestId());
    }

    @EventHandler
    void on(DisclosureAnswerOverdue e, @SequenceNumber long version) {
        jdbc.update(
                "UPDATE disclosure_request_view SET overdue_since = ?, version = ? WHERE request_id = ?",
                ts(e.dueAt()),
                version,
                e.requestId());
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM disclosure_request_view");
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }
}
