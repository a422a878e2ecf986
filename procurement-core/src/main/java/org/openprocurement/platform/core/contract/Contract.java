package org.openprocurement.platform.core.contract;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.openprocurement.platform.core.contract.command.AddMilestone;
import org.openprocurement.platform.core.contract.command.AmendContract;
import org.openprocurement.platform.core.contract.command.CompleteContract;
import org.openprocurement.platform.core.contract.command.CreateContract;
import org.openprocurement.platform.core.contract.command.EvaluateContract;
import org.openprocurement.platform.core.contract.command.MeetMilestone;
import org.openprocurement.platform.core.contract.command.RecordPayment;
import org.openprocurement.platform.core.contract.command.SignContract;
import org.openprocurement.platform.core.contract.command.TerminateContract;
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
import org.openprocurement.platform.core.method.MethodRules;
import org.openprocurement.platform.core.method.ProcurementMethod;
import org.openprocurement.platform.core.method.RuleTable;
import org.openprocurement.platform.core.method.WorkingCalendar;

/** The contract that follows an award: signature, milestones, payments, amendments, and how it ended. */
public class Contract {

    /** Name of the persisted deadline at which an unsigned contract's signature becomes overdue. */
    public static final String SIGNATURE_DEADLINE = "contract-signature";

    @AggregateIdentifier
    private UUID contractId;

    private UUID tenderId;
    private String buyerId;
    private ProcurementMethod method;
    private String currency;
    private UUID budgetLineId;
    private UUID commitmentId;
    private BigDecimal originalValue;
    private BigDecimal value;
    private BigDecimal paid = BigDecimal.ZERO;
    private BigDecimal advancePaid = BigDecimal.ZERO;
    private int advancePercent;
    private int amendments;
    private Instant standstillEndsAt;
    private Instant signatureDueAt;
    private ContractStatus status;
    private final Map<UUID, Milestone> milestones = new HashMap<>();
    private final Set<EvaluatingParty> evaluatedBy = EnumSet.noneOf(EvaluatingParty.class);

    protected Contract() {
        // required by Axon to rebuild the contract from its events
    }

    @CommandHandler
    public Contract(CreateContract c, RuleTable table, WorkingCalendar calendar, DeadlineManager deadlines) {
        Instant due = ContractRules.signatureDue(
                c.awardedAt(), rulesOn(table, c.method(), c.awardedAt(), calendar), calendar);
        apply(new ContractCreated(
                c.contractId(),
                c.tenderId(),
                c.awardId(),
                c.buyerId(),
                c.procuringEntityId(),
                c.supplierId(),
                c.method(),
                c.value(),
                c.currency(),
                c.budgetLineId(),
                c.commitmentId(),
                c.standstillEndsAt(),
                due,
                c.awardedAt()));
        deadlines.schedule(due, SIGNATURE_DEADLINE, due);
    }

    @CommandHandler
    public void handle(SignContract c, RuleTable table, WorkingCalendar calendar, DeadlineManager deadlines) {
        requireStatus("signed", ContractStatus.AWAITING_SIGNATURE);
        MethodRules rules = rulesOn(table, method, c.signedAt(), calendar);
        ContractRules.requireSignable(standstillEndsAt, c.pendingAppeals(), c.advancePercent(), c.signedAt(), rules);
        deadlines.cancelAllWithinScope(SIGNATURE_DEADLINE);
        boolean late = c.signedAt().isAfter(signatureDueAt);
        apply(new ContractSigned(contractId, tenderId, c.advancePercent(), late, signatureDueAt, c.signedAt()));
    }

    @DeadlineHandler(deadlineName = SIGNATURE_DEADLINE)
    // The deadline carries the instant it was set for (see Tender#open for how Axon passes it).
    public void signatureOverdue(Instant dueAt) {
        if (status == ContractStatus.AWAITING_SIGNATURE) {
            apply(new ContractSignatureOverdue(contractId, tenderId, buyerId, dueAt));
        }
    }

    @CommandHandler
    public void handle(AddMilestone c) {
        requireStatus("given milestones", ContractStatus.AWAITING_SIGNATURE, ContractStatus.SIGNED);
        ContractRules.requireMilestone(
                c.type(), c.title(), c.dueDate(), c.amount(), currency, milestones.values(), value);
        apply(new MilestoneAdded(
                contractId, c.milestoneId(), c.type(), c.title(), c.dueDate(), c.amount(), c.addedAt()));
    }

    @CommandHandler
    public void handle(MeetMilestone c, WorkingCalendar calendar) {
        requireStatus("performed", ContractStatus.SIGNED);
        Milestone milestone = milestone(c.milestoneId());
        if (milestone.met()) {
            throw new ContractRefusal.MilestoneAlreadyMetException("The milestone was already met.");
        }
        boolean late = c.metAt().atZone(calendar.zone()).toLocalDate().isAfter(milestone.dueDate());
        apply(new MilestoneMet(contractId, c.milestoneId(), c.notes(), late, c.metAt()));
    }

    @CommandHandler
    public void handle(RecordPayment c) {
        requireStatus("paid", ContractStatus.SIGNED);
        ContractRules.requireValidAmount(c.amount(), currency);
        if (c.advance() == (c.milestoneId() != null)) {
            throw new ContractRefusal.InvalidPaymentException("A payment is either an advance or against a milestone.");
        }
        if (c.advance()) {
            ContractRules.requireAdvancePayable(advancePercent, advancePaid, value, c.amount());
        } else {
            ContractRules.requireMilestonePayable(milestone(c.milestoneId()), c.amount());
        }
        ContractRules.requireWithinValue(paid, value, c.amount());
        apply(new PaymentRecorded(
                contractId,
                c.paymentId(),
                budgetLineId,
                commitmentId,
                c.milestoneId(),
                c.advance(),
                c.amount(),
                c.reference(),
                c.paidAt()));
    }

    @CommandHandler
    public void handle(AmendContract c, RuleTable table, WorkingCalendar calendar) {
        requireStatus("amended", ContractStatus.SIGNED);
        if (c.newValue() != null) {
            ContractRules.requireValidAmount(c.newValue(), currency);
        }
        MethodRules rules = rulesOn(table, method, c.amendedAt(), calendar);
        ContractRules.requireAmendment(c.rationale(), c.newValue(), originalValue, paid, rules);
        BigDecimal newValue = c.newValue() == null ? value : c.newValue();
        apply(new ContractAmended(
                contractId,
                c.amendmentId(),
                amendments + 1,
                c.description(),
                c.rationale(),
                value,
                newValue,
                c.amendedAt()));
    }

    @CommandHandler
    public BigDecimal handle(CompleteContract c) {
        requireStatus("completed", ContractStatus.SIGNED);
        ContractRules.requireCompletable(milestones.values());
        BigDecimal released = value.subtract(paid);
        apply(new ContractCompleted(
                contractId, budgetLineId, commitmentId, paid, released, c.notes(), c.completedAt()));
        return released;
    }

    @CommandHandler
    public BigDecimal handle(TerminateContract c, DeadlineManager deadlines) {
        requireStatus("terminated", ContractStatus.AWAITING_SIGNATURE, ContractStatus.SIGNED);
        ContractRules.requireReason(c.reason());
        deadlines.cancelAllWithinScope(SIGNATURE_DEADLINE);
        BigDecimal released = value.subtract(paid);
        apply(new ContractTerminated(
                contractId,
                budgetLineId,
                commitmentId,
                status == ContractStatus.SIGNED,
                paid,
                released,
                c.reason(),
                c.terminatedAt()));
        return released;
    }

    @CommandHandler
    public void handle(EvaluateContract c) {
        requireStatus("evaluated", ContractStatus.COMPLETED);
        ContractRules.requireRating(c.score());
        if (evaluatedBy.contains(c.party())) {
            throw new ContractRefusal.AlreadyEvaluatedException(
                    "The " + c.party() + " already rated this procedure; a rating is given once.");
        }
        apply(new ContractEvaluated(
                contractId, c.party(), c.organisationId(), c.score(), c.comment(), c.evaluatedAt()));
    }

    private Milestone milestone(UUID milestoneId) {
        Milestone milestone = milestones.get(milestoneId);
        if (milestone == null) {
            throw new ContractRefusal.UnknownMilestoneException("The contract has no milestone " + milestoneId + ".");
        }
        return milestone;
    }

    private void requireStatus(String action, ContractStatus... allowed) {
        for (ContractStatus candidate : allowed) {
            if (status == candidate) {
                return;
            }
        }
        throw new ContractRefusal.WrongContractStateException(
                "The contract is " + status + " and cannot be " + action + " now.");
    }

    private static MethodRules rulesOn(
            RuleTable table, ProcurementMethod method, Instant at, WorkingCalendar calendar) {
        return table.forMethod(method, at.atZone(calendar.zone()).toLocalDate());
    }

    @EventSourcingHandler
    void on(ContractCreated e) {
        contractId = e.contractId();
        tenderId = e.tenderId();
        buyerId = e.buyerId();
        method = e.method();
        currency = e.currency();
        budgetLineId = e.budgetLineId();
        commitmentId = e.commitmentId();
        originalValue = e.value();
        value = e.value();
        standstillEndsAt = e.standstillEndsAt();
        signatureDueAt = e.signatureDueAt();
        status = ContractStatus.AWAITING_SIGNATURE;
    }

    @EventSourcingHandler
    void on(ContractSigned e) {
        status = ContractStatus.SIGNED;
        advancePercent = e.advancePercent();
    }

    @EventSourcingHandler
    void on(MilestoneAdded e) {
        milestones.put(e.milestoneId(), new Milestone(e.type(), e.dueDate(), e.amount(), false, BigDecimal.ZERO));
    }

    @EventSourcingHandler
    void on(MilestoneMet e) {
        milestones.computeIfPresent(e.milestoneId(), (id, m) -> m.metNow());
    }

    @EventSourcingHandler
    void on(PaymentRecorded e) {
        paid = paid.add(e.amount());
        if (e.advance()) {
            advancePaid = advancePaid.add(e.amount());
        } else {
            milestones.computeIfPresent(e.milestoneId(), (id, m) -> m.paid(e.amount()));
        }
    }

    @EventSourcingHandler
    void on(ContractAmended e) {
        amendments = e.amendmentNumber();
        value = e.newValue();
    }

    @EventSourcingHandler
    void on(ContractCompleted e) {
        status = ContractStatus.COMPLETED;
    }

    @EventSourcingHandler
    void on(ContractTerminated e) {
        status = ContractStatus.TERMINATED;
    }

    @EventSourcingHandler
    void on(ContractEvaluated e) {
        evaluatedBy.add(e.party());
    }
}
