package org.openprocurement.platform.api.appeal;

import java.sql.Timestamp;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.openprocurement.platform.core.appeal.event.ChallengeAnswerOverdue;
import org.openprocurement.platform.core.appeal.event.ChallengeAnswered;
import org.openprocurement.platform.core.appeal.event.ChallengeFiled;
import org.openprocurement.platform.core.appeal.event.ComplaintDecided;
import org.openprocurement.platform.core.appeal.event.ComplaintDecisionOverdue;
import org.openprocurement.platform.core.appeal.event.ComplaintFiled;
import org.openprocurement.platform.core.tender.event.ProcurementResumed;
import org.openprocurement.platform.core.tender.event.ProcurementSuspended;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Keeps challenge_view, complaint_view and suspension_view, in the transaction of the events. */
@Component
@ProcessingGroup("appeal-view")
class AppealProjector {

    private final JdbcTemplate jdbc;

    AppealProjector(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ChallengeFiled e, @SequenceNumber long version) {
        jdbc.update(
                """
                INSERT INTO challenge_view (challenge_id, tender_id, supplier_id, responsible_organisation_id, subject,
                    grounds, challenge_period_ends_at, answer_due_at, filed_at, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                e.challengeId(),
                e.tenderId(),
                e.supplierId(),
                e.responsibleOrganisationId(),
                e.subject().name(),
                e.grounds(),
                ts(e.challengePeriodEndsAt()),
                ts(e.answerDueAt()),
                ts(e.filedAt()),
                version);
    }

    @EventHandler
    void on(ChallengeAnswered e, @SequenceNumber long version) {
        jdbc.update(
                "UPDATE challenge_view SET upheld = ?, answer = ?, answered_late = ?, answered_at = ?, version = ?"
                        + " WHERE challenge_id = ?",
                e.upheld(),
                e.answer(),
                e.late(),
                ts(e.answeredAt()),
                version,
                e.challengeId());
    }

    @EventHandler
    void on(ChallengeAnswerOverdue e, @SequenceNumber long version) {
        jdbc.update(
                "UPDATE challenge_view SET overdue = TRUE, version = ? WHERE challenge_id = ?",
                version,
                e.challengeId());
    }

    @EventHandler
    void on(ComplaintFiled e, @SequenceNumber long version) {
        jdbc.update(
                """
                INSERT INTO complaint_view (complaint_id, challenge_id, tender_id, supplier_id, handling_organisation_id,
                    grounds, complaint_period_ends_at, decision_due_at, filed_at, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                e.complaintId(),
                e.challengeId(),
                e.tenderId(),
                e.supplierId(),
                e.handlingOrganisationId(),
                e.grounds(),
                ts(e.complaintPeriodEndsAt()),
                ts(e.decisionDueAt()),
                ts(e.filedAt()),
                version);
    }

    @EventHandler
    void on(ComplaintDecided e, @SequenceNumber long version) {
        jdbc.update(
                "UPDATE complaint_view SET outcome = ?, reasoning = ?, decided_late = ?, decided_at = ?, version = ?"
                        + " WHERE complaint_id = ?",
                e.outcome().name(),
                e.reasoning(),
                e.late(),
                ts(e.decidedAt()),
                version,
                e.complaintId());
    }

    @EventHandler
    void on(ComplaintDecisionOverdue e, @SequenceNumber long version) {
        jdbc.update(
                "UPDATE complaint_view SET overdue = TRUE, version = ? WHERE complaint_id = ?",
                version,
                e.complaintId());
    }

    @EventHandler
    void on(ProcurementSuspended e) {
        jdbc.update(
                "INSERT INTO suspension_view (tender_id, complaint_id, reason, suspended_at, suspended_until)"
                        + " VALUES (?, ?, ?, ?, ?)",
                e.tenderId(),
                e.complaintId(),
                e.reason(),
                ts(e.suspendedAt()),
                ts(e.suspendedUntil()));
    }

    @EventHandler
    void on(ProcurementResumed e) {
        jdbc.update(
                "UPDATE suspension_view SET resumed_at = ?, resume_reason = ?"
                        + " WHERE tender_id = ? AND complaint_id = ? AND resumed_at IS NULL",
                ts(e.resumedAt()),
                e.reason(),
                e.tenderId(),
                e.complaintId());
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM suspension_view");
        jdbc.update("DELETE FROM complaint_view");
        jdbc.update("DELETE FROM challenge_view");
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }
}
