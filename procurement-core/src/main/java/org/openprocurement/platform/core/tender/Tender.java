package org.openprocurement.platform.core.tender;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.openprocurement.platform.core.method.MethodRules;
import org.openprocurement.platform.core.method.ProcurementMethod;
import org.openprocurement.platform.core.method.RuleTable;
import org.openprocurement.platform.core.method.WorkingCalendar;
import org.openprocurement.platform.core.tender.command.AmendTender;
import org.openprocurement.platform.core.tender.command.CancelTender;
import org.openprocurement.platform.core.tender.command.DraftTender;
import org.openprocurement.platform.core.tender.command.OrderReprocurement;
import org.openprocurement.platform.core.tender.command.PublishTender;
import org.openprocurement.platform.core.tender.event.AwardCancelled;
import org.openprocurement.platform.core.tender.event.BidsOpened;
import org.openprocurement.platform.core.tender.event.OpenedBid;
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

    @AggregateMember
    private final Enquiries enquiries = new Enquiries(this);

    @AggregateMember
    private final Suspension suspension = new Suspension(this);

    @AggregateMember
    private final Awarding awarding = new Awarding(this, suspension);

    protected Tender() {
        // required by Axon to rebuild the tender from its events
    }

    @CommandHandler
    public Tender(DraftTender command, RuleTable table, WorkingCalendar calendar) {
        TenderRules.requireDraftable(
                command, TenderRules.rulesOn(table, command.method(), command.draftedAt(), calendar));
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
        TenderGuards.requireStatus(status, TenderStatus.DRAFT, "published");
        MethodRules rules = TenderRules.rulesOn(table, method, command.publishedAt(), calendar);
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
        TenderGuards.requireOpenForBids(status, tenderPeriodEnd, command.amendedAt(), "amended");
        MethodRules rules = TenderRules.rulesOn(table, method, command.amendedAt(), calendar);
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
        int minimum = TenderRules.rulesOn(table, method, now, calendar).minimumQualifiedBids();
        long counted = bids.stream().filter(OpenedBid::counted).count();
        if (counted < minimum) {
            // PRC Government Procurement Law art. 36(1): too few bids, the tender fails at once.
            apply(new TenderFailed(tenderId, TenderRules.tooFewBids(method, bids.size(), counted, minimum), now));
        }
    }

    @CommandHandler
    public void handle(CancelTender command, DeadlineManager deadlines) {
        TenderGuards.requireCancellable(status);
        deadlines.cancelAllWithinScope(OPENING_DEADLINE);
        deadlines.cancelAllWithinScope(ENQUIRY_ANSWER_DEADLINE);
        apply(new TenderCancelled(tenderId, budgetLineId, commitmentId, command.reason(), command.cancelledAt()));
    }

    /** Name of the persisted deadlines at which an enquiry's answer period ends. */
    public static final String ENQUIRY_ANSWER_DEADLINE = "enquiry-answer";

    /** Name of the persisted deadline at which a suspension ends by itself. */
    public static final String SUSPENSION_DEADLINE = "procurement-suspension";

    @CommandHandler
    public void handle(OrderReprocurement command, DeadlineManager deadlines) {
        TenderGuards.requireRunning(status, "ordered to be procured again");
        suspension.requireNotSuspended();
        if (status == TenderStatus.AWARDED) {
            awarding.cancel(command.complaintId(), command.reason(), null, command.orderedAt());
        }
        deadlines.cancelAllWithinScope(OPENING_DEADLINE);
        apply(new TenderFailed(
                tenderId,
                "A complaint was upheld and the procurement must be run again (MOF Order No. 94 (2017) art. 32): "
                        + command.reason(),
                command.orderedAt()));
    }

    // Read by the tender's members (enquiries, suspension, awarding): what they may do depends on the tender.
    UUID id() {
        return tenderId;
    }

    TenderStatus status() {
        return status;
    }

    ProcurementMethod method() {
        return method;
    }

    Instant tenderPeriodEnd() {
        return tenderPeriodEnd;
    }

    String procuringEntityId() {
        return procuringEntityId;
    }

    @EventSourcingHandler
    void on(TenderDrafted event) {
        tenderId = event.tenderId();
        budgetLineId = event.budgetLineId();
        method = event.method();
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
    }

    @EventSourcingHandler
    void on(TenderAwarded event) {
        status = TenderStatus.AWARDED;
    }

    @EventSourcingHandler
    void on(AwardCancelled event) {
        status = TenderStatus.OPENED;
    }

    @EventSourcingHandler
    void on(TenderFailed event) {
        status = TenderStatus.FAILED;
    }

    @EventSourcingHandler
    void on(TenderCancelled event) {
        status = TenderStatus.CANCELLED;
    }
}
