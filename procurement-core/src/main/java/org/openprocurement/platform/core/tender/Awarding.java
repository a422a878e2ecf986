package org.openprocurement.platform.core.tender;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.openprocurement.platform.core.method.AwardCriteria;
import org.openprocurement.platform.core.method.MethodRules;
import org.openprocurement.platform.core.method.RuleTable;
import org.openprocurement.platform.core.method.WorkingCalendar;
import org.openprocurement.platform.core.tender.command.AwardTender;
import org.openprocurement.platform.core.tender.command.CancelAward;
import org.openprocurement.platform.core.tender.command.RecordQualification;
import org.openprocurement.platform.core.tender.event.AwardCancelled;
import org.openprocurement.platform.core.tender.event.BidDisqualified;
import org.openprocurement.platform.core.tender.event.BidQualified;
import org.openprocurement.platform.core.tender.event.BidsOpened;
import org.openprocurement.platform.core.tender.event.Criterion;
import org.openprocurement.platform.core.tender.event.OpenedBid;
import org.openprocurement.platform.core.tender.event.TenderAwarded;
import org.openprocurement.platform.core.tender.event.TenderDrafted;
import org.openprocurement.platform.core.tender.event.TenderFailed;

/** The evaluation of a tender's opened bids and the award it leads to, until a complaint cancels that award. */
class Awarding {

    // The tender's status and method decide when and by which rules bids are evaluated and awarded, and a
    // suspension on a complaint holds every award decision.
    private final Tender tender;
    private final Suspension suspension;
    private AwardCriteria awardCriteria;
    private List<Criterion> criteria = List.of();
    private Evaluation evaluation;
    private TenderAwarded award;

    Awarding(Tender tender, Suspension suspension) {
        this.tender = tender;
        this.suspension = suspension;
    }

    @CommandHandler
    public void handle(RecordQualification command) {
        TenderGuards.requireStatus(tender.status(), TenderStatus.OPENED, "evaluated");
        OpenedBid bid = evaluation.countedBid(command.bidId());
        evaluation.requireValidScores(command.qualified(), command.scores());
        if (command.qualified()) {
            apply(new BidQualified(
                    tender.id(),
                    bid.bidId(),
                    bid.supplierId(),
                    command.scores() == null ? List.of() : command.scores(),
                    command.reason(),
                    command.decidedAt()));
        } else {
            apply(new BidDisqualified(
                    tender.id(), bid.bidId(), bid.supplierId(), command.reason(), command.decidedAt()));
        }
    }

    @CommandHandler
    public AwardOutcome handle(AwardTender command, RuleTable table, WorkingCalendar calendar) {
        TenderGuards.requireStatus(tender.status(), TenderStatus.OPENED, "awarded");
        suspension.requireNotSuspended();
        MethodRules rules = TenderRules.rulesOn(table, tender.method(), command.awardedAt(), calendar);
        String failure = TenderRules.failureReason(evaluation, rules, command.budgetForAward());
        if (failure != null) {
            apply(new TenderFailed(tender.id(), failure, command.awardedAt()));
            return AwardOutcome.FAILED;
        }
        RankedBid winner = TenderRules.requireAwardable(evaluation, command.bidId(), command.budgetForAward());
        apply(new TenderAwarded(
                tender.id(),
                command.awardId(),
                winner.bidId(),
                winner.supplierId(),
                winner.price(),
                TenderRules.standstillEnd(command.awardedAt(), rules, calendar),
                command.awardedAt()));
        return AwardOutcome.AWARDED;
    }

    @CommandHandler
    public void handle(CancelAward command, RuleTable table, WorkingCalendar calendar) {
        TenderGuards.requireStatus(tender.status(), TenderStatus.AWARDED, "have its award cancelled");
        suspension.requireNotSuspended();
        // MOF Order No. 94 (2017) art. 32(2): another winner is chosen among the qualified bids only while enough
        // of them remain; otherwise the procurement is run again.
        Evaluation remaining = evaluation.without(award.bidId());
        MethodRules rules = TenderRules.rulesOn(table, tender.method(), command.cancelledAt(), calendar);
        String failure = TenderRules.failureReason(remaining, rules, command.budgetForAward());
        RankedBid next = failure == null ? remaining.ranking().get(0) : null;
        BigDecimal nextValue =
                next != null && next.price().compareTo(command.budgetForAward()) <= 0 ? next.price() : null;
        cancel(command.complaintId(), command.reason(), nextValue, command.cancelledAt());
        if (failure != null) {
            apply(new TenderFailed(
                    tender.id(), "The award was cancelled on a complaint and " + failure, command.cancelledAt()));
        }
    }

    /** Cancels the award on a complaint and excludes its bid from the evaluation. */
    void cancel(UUID complaintId, String reason, BigDecimal nextValue, Instant at) {
        TenderAwarded cancelled = award;
        apply(new AwardCancelled(
                tender.id(),
                cancelled.awardId(),
                cancelled.bidId(),
                cancelled.supplierId(),
                complaintId,
                reason,
                nextValue,
                at));
        apply(new BidDisqualified(
                tender.id(),
                cancelled.bidId(),
                cancelled.supplierId(),
                "Excluded: its award was cancelled on a complaint",
                at));
    }

    @EventSourcingHandler
    void on(TenderDrafted event) {
        awardCriteria = event.awardCriteria();
        criteria = event.criteria();
    }

    @EventSourcingHandler
    void on(BidsOpened event) {
        evaluation = new Evaluation(awardCriteria, criteria, event.bids());
    }

    @EventSourcingHandler
    void on(BidQualified event) {
        evaluation.qualify(event.bidId(), event.scores());
    }

    @EventSourcingHandler
    void on(BidDisqualified event) {
        evaluation.disqualify(event.bidId());
    }

    @EventSourcingHandler
    void on(TenderAwarded event) {
        award = event;
    }

    @EventSourcingHandler
    void on(AwardCancelled event) {
        award = null;
    }
}
