package org.openprocurement.platform.api.contract;

import java.sql.Timestamp;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.openprocurement.platform.core.contract.event.ContractAmended;
import org.openprocurement.platform.core.contract.event.ContractCompleted;
import org.openprocurement.platform.core.contract.event.ContractCreated;
import org.openprocurement.platform.core.contract.event.ContractEvaluated;
import org.openprocurement.platform.core.contract.event.ContractSignatureOverdue;
import org.openprocurement.platform.core.contract.event.ContractSigned;
import org.openprocurement.platform.core.contract.event.ContractTerminated;
import org.openprocurement.platform.core.contract.event.MilestoneAdded;
import org.openprocurement.platform.core.contract.event.MilestoneMet;
import org.openprocurement.platform.core.contract.event.PaymentRecorded;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Keeps contract_view and its milestones, payments, amendments and evaluations, in the events' transaction. */
@Component
@ProcessingGroup("contract-view")
class ContractProjector {

    private final JdbcTemplate jdbc;

    ContractProjector(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ContractCreated e, @SequenceNumber long version) {
        jdbc.update(
                """
                INSERT INTO contract_view (contract_id, tender_id, award_id, buyer_id, procuring_entity_id,
                    supplier_id, method, status, original_value, value, paid, released, currency, budget_line_id,
                    commitment_id, standstill_ends_at, signature_due_at, signature_overdue, awarded_at,
                    advance_percent, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, 'AWAITING_SIGNATURE', ?, ?, 0, 0, ?, ?, ?, ?, ?, FALSE, ?, 0, ?)""",
                e.contractId(),
                e.tenderId(),
                e.awardId(),
                e.buyerId(),
                e.procuringEntityId(),
                e.supplierId(),
                e.method().name(),
                e.value(),
                e.value(),
                e.currency(),
                e.budgetLineId(),
                e.commitmentId(),
                ts(e.standstillEndsAt()),
                ts(e.signatureDueAt()),
                ts(e.awardedAt()),
                version);
    }

    @EventHandler
    void on(ContractSigned e, @SequenceNumber long version) {
        jdbc.update(
                "UPDATE contract_view SET status = 'SIGNED', signed_at = ?, signed_late = ?, advance_percent = ?,"
                        + " version = ? WHERE contract_id = ?",
                ts(e.signedAt()),
                e.late(),
                e.advancePercent(),
                version,
                e.contractId());
    }

    @EventHandler
    void on(ContractSignatureOverdue e, @SequenceNumber long version) {
        jdbc.update(
                "UPDATE contract_view SET signature_overdue = TRUE, version = ? WHERE contract_id = ?",
                version,
                e.contractId());
    }

    @EventHandler
    void on(MilestoneAdded e, @SequenceNumber long version) {
        jdbc.update(
                "INSERT INTO contract_milestone_view (milestone_id, contract_id, type, title, due_date, amount, paid,"
                        + " added_at) VALUES (?, ?, ?, ?, ?, ?, 0, ?)",
                e.milestoneId(),
                e.contractId(),
                e.type().name(),
                e.title(),
                e.dueDate(),
                e.amount(),
                ts(e.addedAt()));
        version(e.contractId(), version);
    }

    @EventHandler
    void on(MilestoneMet e, @SequenceNumber long version) {
        jdbc.update(
                "UPDATE contract_milestone_view SET met_at = ?, met_late = ?, notes = ? WHERE milestone_id = ?",
                ts(e.metAt()),
                e.late(),
                e.notes(),
                e.milestoneId());
        version(e.contractId(), version);
    }

    @EventHandler
    void on(PaymentRecorded e, @SequenceNumber long version) {
        jdbc.update(
                "INSERT INTO contract_payment_view (payment_id, contract_id, milestone_id, advance, amount, reference,"
                        + " paid_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                e.paymentId(),
                e.contractId(),
                e.milestoneId(),
                e.advance(),
                e.amount(),
                e.reference(),
                ts(e.paidAt()));
        if (e.milestoneId() != null) {
            jdbc.update(
                    "UPDATE contract_milestone_view SET paid = paid + ? WHERE milestone_id = ?",
                    e.amount(),
                    e.milestoneId());
        }
        jdbc.update(
                "UPDATE contract_view SET paid = paid + ?, version = ? WHERE contract_id = ?",
                e.amount(),
                version,
                e.contractId());
    }

    @EventHandler
    void on(ContractAmended e, @SequenceNumber long version) {
        jdbc.update(
                "INSERT INTO contract_amendment_view (amendment_id, contract_id, amendment_number, description,"
                        + " rationale, previous_value, new_value, amended_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                e.amendmentId(),
                e.contractId(),
                e.amendmentNumber(),
                e.description(),
                e.rationale(),
                e.previousValue(),
                e.newValue(),
                ts(e.amendedAt()));
        jdbc.update(
                "UPDATE contract_view SET value = ?, version = ? WHERE contract_id = ?",
                e.newValue(),
                version,
                e.contractId());
    }

    @EventHandler
    void on(ContractCompleted e, @SequenceNumber long version) {
        ended(e.contractId(), "COMPLETED", e.released(), e.notes(), e.completedAt(), version);
    }

    @EventHandler
    void on(ContractTerminated e, @SequenceNumber long version) {
        ended(e.contractId(), "TERMINATED", e.released(), e.reason(), e.terminatedAt(), version);
    }

    @EventHandler
    void on(ContractEvaluated e, @SequenceNumber long version) {
        jdbc.update(
                "INSERT INTO contract_evaluation_view (contract_id, party, organisation_id, score, comment,"
                        + " evaluated_at) VALUES (?, ?, ?, ?, ?, ?)",
                e.contractId(),
                e.party().name(),
                e.organisationId(),
                e.score(),
                e.comment(),
                ts(e.evaluatedAt()));
        version(e.contractId(), version);
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM contract_evaluation_view");
        jdbc.update("DELETE FROM contract_amendment_view");
        jdbc.update("DELETE FROM contract_payment_view");
        jdbc.update("DELETE FROM contract_milestone_view");
        jdbc.update("DELETE FROM contract_view");
    }

    private void ended(Object contractId, String status, Object released, String notes, Instant at, long version) {
        jdbc.update(
                "UPDATE contract_view SET status = ?, released = ?, end_notes = ?, ended_at = ?, version = ?"
                        + " WHERE contract_id = ?",
                status,
                released,
                notes,
                ts(at),
                version,
                contractId);
    }

    private void version(Object contractId, long version) {
        jdbc.update("UPDATE contract_view SET version = ? WHERE contract_id = ?", version, contractId);
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }
}
