package org.openprocurement.platform.core.tender;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.openprocurement.platform.core.method.AwardCriteria;
import org.openprocurement.platform.core.method.MethodRules;
import org.openprocurement.platform.core.method.ProcurementMethod;
import org.openprocurement.platform.core.method.RuleTable;
import org.openprocurement.platform.core.method.WorkingCalendar;
import org.openprocurement.platform.core.tender.command.AmendTender;
import org.openprocurement.platform.core.tender.command.AnswerEnquiry;
import org.openprocurement.platform.core.tender.command.AwardTender;
import org.openprocurement.platform.core.tender.command.CancelAward;
import org.openprocurement.platform.core.tender.command.CancelTender;
import org.openprocurement.platform.core.tender.command.DraftTender;
import org.openprocurement.platform.core.tender.command.OrderReprocurement;
import org.openprocurement.platform.core.tender.command.PublishTender;
import org.openprocurement.platform.core.tender.command.RaiseEnquiry;
import org.openprocurement.platform.core.tender.command.RecordQualification;
import org.openprocurement.platform.core.tender.command.ResumeProcurement;
import org.openprocurement.platform.core.tender.command.SuspendProcurement;
import org.openprocurement.platform.core.tender.event.AwardCancelled;
import org.openprocurement.platform.core.tender.event.BidDisqualified;
import org.openprocurement.platform.core.tender.event.BidQualified;
import org.openprocurement.platform.core.tender.event.BidsOpened;
import org.openprocurement.platform.core.tender.event.Criterion;
import org.openprocurement.platform.core.tender.event.EnquiryAnswerOverdue;
import org.openprocurement.platform.core.tender.event.EnquiryAnswered;
import org.openprocurement.platform.core.tender.event.EnquiryRaised;
import org.openprocurement.platform.core.tender.event.OpenedBid;
import org.openprocurement.platform.core.tender.event.ProcurementResumed;
import org.openprocurement.platform.core.tender.event.ProcurementSuspended;
import org.openprocurement.platform.core.tender.event.TenderAmended;
import org.openprocurement.platform.core.tender.event.TenderAwarded;
import org.openprocurement.platform.core.tender.event.TenderCancelled;
import org.openprocurement.platform.core.tender.event.TenderDrafted;
import org.openprocurement.platform.core.tender.event.TenderFailed;
import org.openprocurement.platform.core.tender.event.TenderPublished;

/** One procurement procedure, from the using agency's draft through publication, enquiries and amendments. */
public class Tender {

    @AggregateIdentifier
    private UUID tenderId;

    private UUID budgetLineId;
    private ProcurementMethod method;
    private TenderStatus status;
    private BigDecimal estimatedValue;
    private Instant tenderPeriodEnd;
    private UUID commitmentId;
    private String procuringEntityId;
    private int amendments;
    private AwardCriteria awardCriteria;
    private List<Criterion> criteria = List.of();
    private Evaluation evaluation;
    private final Map<UUID, Boolean> enquiriesAnswered = new HashMap<>();
    private TenderAwarded award;
    private UUID suspendedFor;

    protected Tender() {
        // required by Axon to rebuild the tender from its events
    }

    @CommandHandler
    public Tender(DraftTender command, RuleTable table, WorkingCalendar calendar) {
        TenderRules.requireDraftable(command, rulesOn(table, command.method(), command.draftedAt(), calendar));
        apply(new TenderDrafted(
                command.tenderId(),
                command.buyerId(),
                command.budgetLineId(),
                command.title(),
                command.description(),
                command.category(),
                command.method(),
                command.awardCriteria(),
                command.criteria() == null ? List.of() : command.criteria(),
                command.items(),
                TenderRules.estimatedValue(command.items()),
                command.currency(),
                command.tenderPeriodEnd(),
                command.invitedSupplierIds() == null ? List.of() : command.invitedSupplierIds(),
                command.justification(),
                command.draftedAt()));
    }

    /** Name of the persisted deadline at which the tender box opens by itself. */
    public static final String OPENING_DEADLINE = "tender-opening";

    @CommandHandler
    public void handle(PublishTender command, RuleTable table, WorkingCalendar calendar, DeadlineManager deadlines) {
        requireStatus(TenderStatus.DRAFT, "published");
        MethodRules rules = rulesOn(table, method, command.publishedAt(), calendar);
        TenderRules.requireTenderingPeriod(command.publishedAt(), tenderPeriodEnd, rules, calendar);
        apply(new TenderPublished(
                tenderId,
                command.procuringEntityId(),
                budgetLineId,
                command.commitmentId(),
                estimatedValue,
                tenderPeriodEnd,
                command.publishedAt()));
        deadlines.schedule(tenderPeriodEnd, OPENING_DEADLINE, tenderPeriodEnd);
    }

    @CommandHandler
    public void handle(AmendTender command, RuleTable table, WorkingCalendar calendar, DeadlineManager deadlines) {
        requireOpenForBids(command.amendedAt(), "amended");
        MethodRules rules = rulesOn(table, method, command.amendedAt(), calendar);
        Instant requested = command.tenderPeriodEnd() != null ? command.tenderPeriodEnd() : tenderPeriodEnd;
        Instant deadline =
                TenderRules.deadlineAfterAmendment(command.amendedAt(), tenderPeriodEnd, requested, rules, calendar);
        apply(new TenderAmended(
                tenderId,
                amendments + 1,
                command.description(),
                command.rationale(),
                deadline,
                !deadline.equals(requested),
                command.amendedAt()));
        deadlines.cancelAllWithinScope(OPENING_DEADLINE);
        deadlines.schedule(deadline, OPENING_DEADLINE, deadline);
    }

    @DeadlineHandler(deadlineName = OPENING_DEADLINE)
    // Axon takes a deadline handler's first parameter as the deadline's payload: the deadline carries the
    // instant it was set for, and the other parameters are resolved as resources.
    public void open(Instant scheduledFor, TenderBox box, Clock clock, RuleTable table, WorkingCalendar calendar) {
        if (status != TenderStatus.PUBLISHED) {
            return;
        }
        Instant now = clock.instant();
        List<OpenedBid> bids = box.unseal(tenderId, amendments);
        apply(new BidsOpened(tenderId, bids, now));
        int minimum = rulesOn(table, method, now, calendar).minimumQualifiedBids();
        long counted = bids.stream().filter(OpenedBid::counted).count();
        if (counted < minimum) {
            // PRC Government Procurement Law art. 36(1): too few bids, the tender fails at once.
            apply(new TenderFailed(tenderId, tooFewBids(bids.size(), counted, minimum), now));
        }
    }

    /** Why the tender failed at its opening, in words a bidder and the public can read. */
    private String tooFewBids(int received, long counted, int minimum) {
        String method = this.method.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        String bids = received == 0
                ? "No bid was received"
                : received == 1 ? "1 bid was received" : received + " bids were received";
        String uncounted = received == 0 || counted == received
                ? ""
                : " and " + counted + " counted (a bid submitted before the last amendment counts only once its "
                        + "bidder confirms it)";
        return bids + uncounted + "; " + method + " needs at least " + minimum + ".";
    }

    @CommandHandler
    public void handle(RecordQualification command) {
        requireStatus(TenderStatus.OPENED, "evaluated");
        OpenedBid bid = evaluation.countedBid(command.bidId());
        evaluation.requireValidScores(command.qualified(), command.scores());
        if (command.qualified()) {
            apply(new BidQualified(
                    tenderId,
                    bid.bidId(),
                    bid.supplierId(),
                    command.scores() == null ? List.of() : command.scores(),
                    command.reason(),
                    command.decidedAt()));
        } else {
            apply(new BidDisqualified(tenderId, bid.bidId(), bid.supplierId(), command.reason(), command.decidedAt()));
        }
    }

    @CommandHandler
    public AwardOutcome handle(AwardTender command, RuleTable table, WorkingCalendar calendar) {
        requireStatus(TenderStatus.OPENED, "awarded");
        requireNotSuspended();
        MethodRules rules = rulesOn(table, method, command.awardedAt(), calendar);
        String failure = TenderRules.failureReason(evaluation, rules, command.budgetForAward());
        if (failure != null) {
            apply(new TenderFailed(tenderId, failure, command.awardedAt()));
            return AwardOutcome.FAILED;
        }
        RankedBid winner = TenderRules.requireAwardable(evaluation, command.bidId(), command.budgetForAward());
        apply(new TenderAwarded(
                tenderId,
                command.awardId(),
                winner.bidId(),
                winner.supplierId(),
                winner.price(),
                TenderRules.standstillEnd(command.awardedAt(), rules, calendar),
                command.awardedAt()));
        return AwardOutcome.AWARDED;
    }

    @CommandHandler
    public void handle(CancelTender command, DeadlineManager deadlines) {
        if (status == TenderStatus.CANCELLED || status == TenderStatus.AWARDED || status == TenderStatus.FAILED) {
            throw new TenderRefusal.WrongTenderStateException(
                    "The tender is " + status + " and can no longer be cancelled.");
        }
        deadlines.cancelAllWithinScope(OPENING_DEADLINE);
        deadlines.cancelAllWithinScope(ENQUIRY_ANSWER_DEADLINE);
        apply(new TenderCancelled(tenderId, budgetLineId, commitmentId, command.reason(), command.cancelledAt()));
    }

    /** Name of the persisted deadlines at which an enquiry's answer period ends. */
    public static final String ENQUIRY_ANSWER_DEADLINE = "enquiry-answer";

    @CommandHandler
    public void handle(RaiseEnquiry command, RuleTable table, WorkingCalendar calendar, DeadlineManager deadlines) {
        requireOpenForBids(command.raisedAt(), "asked about");
        MethodRules rules = rulesOn(table, method, command.raisedAt(), calendar);
        Instant due = TenderRules.enquiryAnswerDue(command.raisedAt(), rules, calendar);
        apply(new EnquiryRaised(
                tenderId, command.enquiryId(), command.supplierId(), command.question(), command.raisedAt()));
        deadlines.schedule(due, ENQUIRY_ANSWER_DEADLINE, new EnquiryAnswerDue(command.enquiryId(), due));
    }

    @DeadlineHandler(deadlineName = ENQUIRY_ANSWER_DEADLINE)
    public void enquiryAnswerDue(EnquiryAnswerDue due, Clock clock) {
        // A cancelled tender takes no more answers, so its open enquiries are not owed any longer.
        if (status != TenderStatus.CANCELLED && Boolean.FALSE.equals(enquiriesAnswered.get(due.enquiryId()))) {
            apply(new EnquiryAnswerOverdue(tenderId, due.enquiryId(), procuringEntityId, due.dueAt(), clock.instant()));
        }
    }

    @CommandHandler
    public void handle(AnswerEnquiry command) {
        if (status == TenderStatus.CANCELLED) {
            throw new TenderRefusal.WrongTenderStateException("The tender is cancelled.");
        }
        Boolean answered = enquiriesAnswered.get(command.enquiryId());
        if (answered == null) {
            throw new TenderRefusal.UnknownEnquiryException("The tender has no enquiry " + command.enquiryId() + ".");
        }
        if (answered) {
            throw new TenderRefusal.EnquiryAlreadyAnsweredException("The enquiry already has its published answer.");
        }
        apply(new EnquiryAnswered(tenderId, command.enquiryId(), command.answer(), command.answeredAt()));
    }

    /** Name of the persisted deadline at which a suspension ends by itself. */
    public static final String SUSPENSION_DEADLINE = "procurement-suspension";

    @CommandHandler
    public void handle(SuspendProcurement command, DeadlineManager deadlines) {
        requireRunning("suspended");
        requireNotSuspended();
        Instant until = TenderRules.suspensionEnd(command.suspendedAt(), command.days());
        apply(new ProcurementSuspended(
                tenderId, command.complaintId(), command.reason(), until, command.suspendedAt()));
        deadlines.schedule(until, SUSPENSION_DEADLINE, command.complaintId());
    }

    @CommandHandler
    public void handle(ResumeProcurement command, DeadlineManager deadlines) {
        if (suspendedFor == null || !suspendedFor.equals(command.complaintId())) {
            throw new TenderRefusal.WrongTenderStateException("The procurement is not suspended for that complaint.");
        }
        apply(new ProcurementResumed(tenderId, command.complaintId(), command.reason(), command.resumedAt()));
        deadlines.cancelAllWithinScope(SUSPENSION_DEADLINE);
    }

    @DeadlineHandler(deadlineName = SUSPENSION_DEADLINE)
    public void suspensionEnded(UUID complaintId, Clock clock) {
        if (complaintId.equals(suspendedFor)) {
            apply(new ProcurementResumed(
                    tenderId,
                    complaintId,
                    "The suspension period ended (Government Procurement Law art. 57).",
                    clock.instant()));
        }
    }

    @CommandHandler
    public void handle(CancelAward command, RuleTable table, WorkingCalendar calendar) {
        requireStatus(TenderStatus.AWARDED, "have its award cancelled");
        requireNotSuspended();
        // MOF Order No. 94 (2017) art. 32(2): another winner is chosen among the qualified bids only while enough
        // of them remain; otherwise the procurement is run again.
        Evaluation remaining = evaluation.without(award.bidId());
        MethodRules rules = rulesOn(table, method, command.cancelledAt(), calendar);
        String failure = TenderRules.failureReason(remaining, rules, command.budgetForAward());
        RankedBid next = failure == null ? remaining.ranking().get(0) : null;
        BigDecimal nextValue =
                next != null && next.price().compareTo(command.budgetForAward()) <= 0 ? next.price() : null;
        cancelAward(command.complaintId(), command.reason(), nextValue, command.cancelledAt());
        if (failure != null) {
            apply(new TenderFailed(
                    tenderId, "The award was cancelled on a complaint and " + failure, command.cancelledAt()));
        }
    }

    @CommandHandler
    public void handle(OrderReprocurement command, DeadlineManager deadlines) {
        requireRunning("ordered to be procured again");
        requireNotSuspended();
        if (status == TenderStatus.AWARDED) {
            cancelAward(command.complaintId(), command.reason(), null, command.orderedAt());
        }
        deadlines.cancelAllWithinScope(OPENING_DEADLINE);
        apply(new TenderFailed(
                tenderId,
                "A complaint was upheld and the procurement must be run again (MOF Order No. 94 (2017) art. 32): "
                        + command.reason(),
                command.orderedAt()));
    }

    private void cancelAward(UUID complaintId, String reason, BigDecimal nextValue, Instant at) {
        TenderAwarded cancelled = award;
        apply(new AwardCancelled(
                tenderId,
                cancelled.awardId(),
                cancelled.bidId(),
                cancelled.supplierId(),
                complaintId,
                reason,
                nextValue,
                at));
        apply(new BidDisqualified(
                tenderId,
                cancelled.bidId(),
                cancelled.supplierId(),
                "Excluded: its award was cancelled on a complaint",
                at));
    }

    private void requireRunning(String action) {
        if (status != TenderStatus.PUBLISHED && status != TenderStatus.OPENED && status != TenderStatus.AWARDED) {
            throw new TenderRefusal.WrongTenderStateException(
                    "The tender is " + status + " and can no longer be " + action + ".");
        }
    }

    private void requireNotSuspended() {
        if (suspendedFor != null) {
            throw new TenderRefusal.ProcurementSuspendedException(
                    "The procurement is suspended while complaint " + suspendedFor + " is handled.");
        }
    }

    private void requireStatus(TenderStatus expected, String action) {
        if (status != expected) {
            throw new TenderRefusal.WrongTenderStateException(
                    "The tender is " + status + "; it can be " + action + " only when " + expected + ".");
        }
    }

    private void requireOpenForBids(Instant at, String action) {
        requireStatus(TenderStatus.PUBLISHED, action);
        if (!at.isBefore(tenderPeriodEnd)) {
            throw new TenderRefusal.WrongTenderStateException(
                    "The deadline has passed; the tender cannot be " + action + ".");
        }
    }

    private static MethodRules rulesOn(
            RuleTable table, ProcurementMethod method, Instant at, WorkingCalendar calendar) {
        return table.forMethod(method, at.atZone(calendar.zone()).toLocalDate());
    }

    @EventSourcingHandler
    void on(TenderDrafted event) {
        tenderId = event.tenderId();
        budgetLineId = event.budgetLineId();
        method = event.method();
        awardCriteria = event.awardCriteria();
        criteria = event.criteria();
        estimatedValue = event.estimatedValue();
        tenderPeriodEnd = event.tenderPeriodEnd();
        status = TenderStatus.DRAFT;
    }

    @EventSourcingHandler
    void on(TenderPublished event) {
        status = TenderStatus.PUBLISHED;
        commitmentId = event.commitmentId();
        procuringEntityId = event.procuringEntityId();
    }

    @EventSourcingHandler
    void on(TenderAmended event) {
        amendments = event.amendmentNumber();
        tenderPeriodEnd = event.tenderPeriodEnd();
    }

    @EventSourcingHandler
    void on(BidsOpened event) {
        status = TenderStatus.OPENED;
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
        status = TenderStatus.AWARDED;
        award = event;
    }

    @EventSourcingHandler
    void on(AwardCancelled event) {
        status = TenderStatus.OPENED;
        award = null;
    }

    @EventSourcingHandler
    void on(ProcurementSuspended event) {
        suspendedFor = event.complaintId();
    }

    @EventSourcingHandler
    void on(ProcurementResumed event) {
        suspendedFor = null;
    }

    @EventSourcingHandler
    void on(TenderFailed event) {
        status = TenderStatus.FAILED;
    }

    @EventSourcingHandler
    void on(TenderCancelled event) {
        status = TenderStatus.CANCELLED;
    }

    @EventSourcingHandler
    void on(EnquiryRaised event) {
        enquiriesAnswered.put(event.enquiryId(), false);
    }

    @EventSourcingHandler
    void on(EnquiryAnswered event) {
        enquiriesAnswered.put(event.enquiryId(), true);
    }
}
