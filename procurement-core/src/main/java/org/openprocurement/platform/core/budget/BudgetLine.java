package org.openprocurement.platform.core.budget;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.openprocurement.platform.core.budget.command.AppropriateBudgetLine;
import org.openprocurement.platform.core.budget.command.CommitFunds;
import org.openprocurement.platform.core.budget.command.IncreaseCommitment;
import org.openprocurement.platform.core.budget.command.ReleaseFunds;
import org.openprocurement.platform.core.budget.command.SpendFunds;
import org.openprocurement.platform.core.budget.event.BudgetLineAppropriated;
import org.openprocurement.platform.core.budget.event.BudgetLineLapsed;
import org.openprocurement.platform.core.budget.event.CommitmentIncreased;
import org.openprocurement.platform.core.budget.event.FundsCommitted;
import org.openprocurement.platform.core.budget.event.FundsReleased;
import org.openprocurement.platform.core.budget.event.FundsSpent;

/**
 * One appropriation of public money and the commitments drawn on it.
 *
 * <p>Invariant: appropriated = available + committed + spent + lapsed, and available never goes below zero.
 */
public class BudgetLine {

    /** Name of the persisted deadline at which the appropriation stops being available. */
    public static final String LAPSE_DEADLINE = "budget-line-lapse";

    @AggregateIdentifier
    private UUID budgetLineId;

    private String currency;
    private BigDecimal available;
    private boolean lapsed;
    private Instant availableUntil;
    private final Map<UUID, Commitment> commitments = new HashMap<>();
    private final Set<UUID> spendings = new HashSet<>();

    protected BudgetLine() {
        // required by Axon to rebuild the line from its events
    }

    @CommandHandler
    public BudgetLine(AppropriateBudgetLine command, DeadlineManager deadlines) {
        BudgetLineRules.requireUsableAppropriation(
                command.currency(), command.availableUntil(), command.appropriatedAt());
        BudgetLineRules.requireValidAmount(command.amount(), command.currency());
        apply(new BudgetLineAppropriated(
                command.budgetLineId(),
                command.organisationId(),
                command.fiscalYear(),
                command.classificationCode(),
                command.purpose(),
                command.amount(),
                command.currency(),
                command.availableUntil(),
                command.appropriatedAt()));
        deadlines.schedule(command.availableUntil(), LAPSE_DEADLINE, command.availableUntil());
    }

    @CommandHandler
    public void handle(CommitFunds command) {
        BudgetLineRules.requireValidAmount(command.amount(), currency);
        requireNewIdentifier(command.commitmentId());
        BudgetLineRules.requireCommittable(lapsedAt(command.committedAt()), available, command.amount());
        apply(new FundsCommitted(
                budgetLineId, command.commitmentId(), command.purpose(), command.amount(), command.committedAt()));
    }

    @CommandHandler
    public void handle(IncreaseCommitment command) {
        BudgetLineRules.requireValidAmount(command.amount(), currency);
        commitment(command.commitmentId());
        BudgetLineRules.requireCommittable(lapsedAt(command.increasedAt()), available, command.amount());
        apply(new CommitmentIncreased(
                budgetLineId, command.commitmentId(), command.amount(), command.reason(), command.increasedAt()));
    }

    @CommandHandler
    public void handle(ReleaseFunds command) {
        BudgetLineRules.requireValidAmount(command.amount(), currency);
        BudgetLineRules.requireWithinCommitment(
                commitment(command.commitmentId()).outstanding(), command.amount());
        apply(new FundsReleased(
                budgetLineId, command.commitmentId(), command.amount(), command.reason(), command.releasedAt()));
    }

    @CommandHandler
    public void handle(SpendFunds command) {
        BudgetLineRules.requireValidAmount(command.amount(), currency);
        requireNewIdentifier(command.spendingId());
        BudgetLineRules.requireWithinCommitment(
                commitment(command.commitmentId()).outstanding(), command.amount());
        apply(new FundsSpent(
                budgetLineId,
                command.commitmentId(),
                command.spendingId(),
                command.amount(),
                command.reference(),
                command.spentAt()));
    }

    @DeadlineHandler(deadlineName = LAPSE_DEADLINE)
    public void lapse(Instant availableUntil) {
        if (!lapsed) {
            apply(new BudgetLineLapsed(budgetLineId, available, availableUntil));
        }
    }

    /** Lapsed once the deadline fired, and already from availableUntil on even if it has not fired yet. */
    private boolean lapsedAt(Instant at) {
        return lapsed || !at.isBefore(availableUntil);
    }

    private Commitment commitment(UUID commitmentId) {
        Commitment commitment = commitments.get(commitmentId);
        if (commitment == null) {
            throw new UnknownCommitmentException("The budget line has no commitment " + commitmentId + ".");
        }
        return commitment;
    }

    private void requireNewIdentifier(UUID id) {
        if (commitments.containsKey(id) || spendings.contains(id)) {
            throw new DuplicateIdentifierException("The identifier " + id + " is already used on this line.");
        }
    }

    @EventSourcingHandler
    void on(BudgetLineAppropriated event) {
        budgetLineId = event.budgetLineId();
        currency = event.currency();
        available = event.amount();
        availableUntil = event.availableUntil();
    }

    @EventSourcingHandler
    void on(FundsCommitted event) {
        available = available.subtract(event.amount());
        commitments.put(event.commitmentId(), new Commitment(event.amount(), BigDecimal.ZERO));
    }

    @EventSourcingHandler
    void on(CommitmentIncreased event) {
        available = available.subtract(event.amount());
        commitments.computeIfPresent(event.commitmentId(), (id, c) -> c.increased(event.amount()));
    }

    @EventSourcingHandler
    void on(FundsReleased event) {
        if (!lapsed) {
            // Released after the lapse, the money lapses with the rest of the appropriation.
            available = available.add(event.amount());
        }
        commitments.computeIfPresent(event.commitmentId(), (id, c) -> c.drawn(event.amount()));
    }

    @EventSourcingHandler
    void on(FundsSpent event) {
        spendings.add(event.spendingId());
        commitments.computeIfPresent(event.commitmentId(), (id, c) -> c.drawn(event.amount()));
    }

    @EventSourcingHandler
    void on(BudgetLineLapsed event) {
        lapsed = true;
        available = available.subtract(event.lapsedAmount());
    }

    /** What was reserved for one purpose and how much of it has been released or spent. */
    record Commitment(BigDecimal amount, BigDecimal drawn) {
        BigDecimal outstanding() {
            return amount.subtract(drawn);
        }

        Commitment increased(BigDecimal more) {
            return new Commitment(amount.add(more), drawn);
        }

        Commitment drawn(BigDecimal more) {
            return new Commitment(amount, drawn.add(more));
        }
    }
}
