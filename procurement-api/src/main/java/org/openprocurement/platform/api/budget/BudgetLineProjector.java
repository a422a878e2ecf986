package org.openprocurement.platform.api.budget;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.openprocurement.platform.core.budget.event.BudgetLineAppropriated;
import org.openprocurement.platform.core.budget.event.BudgetLineLapsed;
import org.openprocurement.platform.core.budget.event.CommitmentIncreased;
import org.openprocurement.platform.core.budget.event.FundsCommitted;
import org.openprocurement.platform.core.budget.event.FundsReleased;
import org.openprocurement.platform.core.budget.event.FundsSpent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code budget_line_view} and {@code budget_commitment_view}. It runs as a subscribing processor, in
 * the transaction that appends the events, so the balances shown can never lag behind or skip an event.
 */
@Component
@ProcessingGroup(BudgetLineProjector.GROUP)
class BudgetLineProjector {

    static final String GROUP = "budget-line-view";

    private final JdbcTemplate jdbc;

    BudgetLineProjector(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(BudgetLineAppropriated e, @SequenceNumber long version) {
        jdbc.update(
                """
                INSERT INTO budget_line_view (budget_line_id, organisation_id, fiscal_year, classification_code,
                    purpose, currency, appropriated, committed, spent, lapsed, available_until, status, version,
                    appropriated_at, last_changed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0, 0, ?, 'OPEN', ?, ?, ?)""",
                e.budgetLineId(),
                e.organisationId(),
                e.fiscalYear(),
                e.classificationCode(),
                e.purpose(),
                e.currency(),
                e.amount(),
                ts(e.availableUntil()),
                version,
                ts(e.appropriatedAt()),
                ts(e.appropriatedAt()));
    }

    @EventHandler
    void on(FundsCommitted e, @SequenceNumber long version) {
        change(e.budgetLineId(), e.amount(), BigDecimal.ZERO, version, e.committedAt());
        jdbc.update("""
                INSERT INTO budget_commitment_view (commitment_id, budget_line_id, purpose, amount, released, spent,
                    committed_at) VALUES (?, ?, ?, ?, 0, 0, ?)""", e.commitmentId(), e.budgetLineId(), e.purpose(), e.amount(), ts(e.committedAt()));
    }

    @EventHandler
    void on(CommitmentIncreased e, @SequenceNumber long version) {
        change(e.budgetLineId(), e.amount(), BigDecimal.ZERO, version, e.increasedAt());
        jdbc.update(
                "UPDATE budget_commitment_view SET amount = amount + ? WHERE commitment_id = ?",
                e.amount(),
                e.commitmentId());
    }

    @EventHandler
    void on(FundsReleased e, @SequenceNumber long version) {
        change(e.budgetLineId(), e.amount().negate(), BigDecimal.ZERO, version, e.releasedAt());
        // Money released from a lapsed line lapses too (see BudgetLine).
        jdbc.update(
                "UPDATE budget_line_view SET lapsed = lapsed + ? WHERE budget_line_id = ? AND status = 'LAPSED'",
                e.amount(),
                e.budgetLineId());
        jdbc.update(
                "UPDATE budget_commitment_view SET released = released + ? WHERE commitment_id = ?",
                e.amount(),
                e.commitmentId());
    }

    @EventHandler
    void on(FundsSpent e, @SequenceNumber long version) {
        change(e.budgetLineId(), e.amount().negate(), e.amount(), version, e.spentAt());
        jdbc.update(
                "UPDATE budget_commitment_view SET spent = spent + ? WHERE commitment_id = ?",
                e.amount(),
                e.commitmentId());
    }

    @EventHandler
    void on(BudgetLineLapsed e, @SequenceNumber long version) {
        jdbc.update(
                "UPDATE budget_line_view SET lapsed = ?, status = 'LAPSED', version = ?, last_changed_at = ? "
                        + "WHERE budget_line_id = ?",
                e.lapsedAmount(),
                version,
                ts(e.lapsedAt()),
                e.budgetLineId());
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM budget_commitment_view");
        jdbc.update("DELETE FROM budget_line_view");
    }

    private void change(Object lineId, BigDecimal committed, BigDecimal spent, long version, Instant at) {
        jdbc.update(
                "UPDATE budget_line_view SET committed = committed + ?, spent = spent + ?, version = ?, "
                        + "last_changed_at = ? WHERE budget_line_id = ?",
                committed,
                spent,
                version,
                ts(at),
                lineId);
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }
}
