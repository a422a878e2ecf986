package org.openprocurement.platform.core.appeal;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.openprocurement.platform.core.appeal.command.DecideComplaint;
import org.openprocurement.platform.core.appeal.command.FileComplaint;
import org.openprocurement.platform.core.appeal.event.ComplaintDecided;
import org.openprocurement.platform.core.appeal.event.ComplaintDecisionOverdue;
import org.openprocurement.platform.core.appeal.event.ComplaintFiled;
import org.openprocurement.platform.core.method.WorkingCalendar;

/** A supplier's complaint (投诉) to the finance department about the answer to its challenge, and its decision. */
public class Complaint {

    /** Name of the persisted deadline at which an undecided complaint goes overdue. */
    public static final String DECISION_DEADLINE = "complaint-decision";

    @AggregateIdentifier
    private UUID complaintId;

    private UUID tenderId;
    private String handlingOrganisationId;
    private Instant decisionDueAt;
    private boolean decided;

    /**
     * The identifier of the complaint about a challenge: derived from the challenge, so the event store's
     * unique key allows one complaint per challenge even when two arrive at once.
     */
    public static UUID idFor(UUID challengeId) {
        return UUID.nameUUIDFromBytes(("complaint|" + challengeId).getBytes(StandardCharsets.UTF_8));
    }

    protected Complaint() {
        // required by Axon to rebuild the complaint from its events
    }

    @CommandHandler
    public Complaint(FileComplaint command, WorkingCalendar calendar, DeadlineManager deadlines) {
        Instant periodEnd =
                AppealRules.requireComplainable(command.challenge(), command.supplierId(), command.filedAt(), calendar);
        Instant due = AppealRules.decisionDue(command.filedAt(), calendar);
        apply(new ComplaintFiled(
                command.complaintId(),
                command.challenge().challengeId(),
                command.challenge().tenderId(),
                command.supplierId(),
                command.handlingOrganisationId(),
                command.grounds(),
                periodEnd,
                due,
                command.filedAt()));
        deadlines.schedule(due, DECISION_DEADLINE, due);
    }

    @CommandHandler
    public void handle(DecideComplaint command, DeadlineManager deadlines) {
        if (decided) {
            throw new AppealRefusal.ComplaintAlreadyDecidedException("The complaint already has its decision.");
        }
        boolean late = !command.decidedAt().isBefore(decisionDueAt);
        apply(new ComplaintDecided(
                complaintId, tenderId, command.outcome(), command.reasoning(), late, command.decidedAt()));
        deadlines.cancelAllWithinScope(DECISION_DEADLINE);
    }

    @DeadlineHandler(deadlineName = DECISION_DEADLINE)
    public void decisionOverdue(Instant dueAt, Clock clock) {
        if (!decided) {
            apply(new ComplaintDecisionOverdue(complaintId, tenderId, handlingOrganisationId, dueAt, clock.instant()));
        }
    }

    @EventSourcingHandler
    void on(ComplaintFiled event) {
        complaintId = event.complaintId();
        tenderId = event.tenderId();
        handlingOrganisationId = event.handlingOrganisationId();
        decisionDueAt = event.decisionDueAt();
    }

    @EventSourcingHandler
    void on(ComplaintDecided event) {
        decided = true;
    }
}
