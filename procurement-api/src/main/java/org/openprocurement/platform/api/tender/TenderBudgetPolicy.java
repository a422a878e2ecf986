package org.openprocurement.platform.api.tender;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.openprocurement.platform.api.budget.BudgetLineQueries;
import org.openprocurement.platform.api.budget.CommitmentResponse;
import org.openprocurement.platform.core.budget.command.IncreaseCommitment;
import org.openprocurement.platform.core.budget.command.ReleaseFunds;
import org.openprocurement.platform.core.tender.event.AwardCancelled;
import org.openprocurement.platform.core.tender.event.TenderAwarded;
import org.openprocurement.platform.core.tender.event.TenderCancelled;
import org.openprocurement.platform.core.tender.event.TenderFailed;
import org.springframework.stereotype.Component;

/**
 * Keeps the budget line in step with the tender's outcome, in the same transaction as the outcome: a
 * cancelled or failed tender releases what it still has committed; an award adjusts the commitment to the
 * award value. The commands carry the metadata of the event they follow, so they name the same actor.
 */
@Component
@ProcessingGroup("tender-budget-policy")
class TenderBudgetPolicy {

    private final CommandGateway commands;
    private final BudgetLineQueries budgetLines;
    private final TenderQueries tenders;

    TenderBudgetPolicy(CommandGateway commands, BudgetLineQueries budgetLines, TenderQueries tenders) {
        this.commands = commands;
        this.budgetLines = budgetLines;
        this.tenders = tenders;
    }

    @EventHandler
    void on(TenderCancelled event) {
        if (event.commitmentId() != null) {
            adjust(
                    event.budgetLineId(),
                    event.commitmentId(),
                    BigDecimal.ZERO,
                    "Tender cancelled: " + event.reason(),
                    event.cancelledAt());
        }
    }

    @EventHandler
    void on(TenderFailed event) {
        TenderResponse tender = tenders.find(event.tenderId()).orElseThrow();
        UUID commitmentId = tenders.commitmentOf(event.tenderId());
        adjust(
                tender.budgetLineId(),
                commitmentId,
                BigDecimal.ZERO,
                "Tender failed: " + event.reason(),
                event.failedAt());
    }

    @EventHandler
    void on(TenderAwarded event) {
        TenderResponse tender = tenders.find(event.tenderId()).orElseThrow();
        UUID commitmentId = tenders.commitmentOf(event.tenderId());
        adjust(
                tender.budgetLineId(),
                commitmentId,
                event.value(),
                "Commitment set to the award value",
                event.awardedAt());
    }

    @EventHandler
    void on(AwardCancelled event) {
        if (event.nextValue() == null) {
            // No bid can be awarded within the budget: the commitment stays until the tender fails or is awarded.
            return;
        }
        TenderResponse tender = tenders.find(event.tenderId()).orElseThrow();
        adjust(
                tender.budgetLineId(),
                tenders.commitmentOf(event.tenderId()),
                event.nextValue(),
                "Award cancelled on a complaint: commitment set to the next-ranked bid",
                event.cancelledAt());
    }

    private void adjust(UUID lineId, UUID commitmentId, BigDecimal target, String reason, Instant at) {
        BigDecimal outstanding = budgetLines.find(lineId).stream()
                .flatMap(line -> line.commitments().stream())
                .filter(c -> c.id().equals(commitmentId))
                .map(CommitmentResponse::outstanding)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Commitment " + commitmentId + " is not on " + lineId));
        int direction = target.compareTo(outstanding);
        if (direction < 0) {
            commands.sendAndWait(
                    new ReleaseFunds(lineId, commitmentId, outstanding.subtract(target), reason, null, at));
        } else if (direction > 0) {
            commands.sendAndWait(
                    new IncreaseCommitment(lineId, commitmentId, target.subtract(outstanding), reason, at));
        }
    }
}
