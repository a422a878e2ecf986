package org.openprocurement.platform.core.tender;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.openprocurement.platform.core.tender.command.ResumeProcurement;
import org.openprocurement.platform.core.tender.command.SuspendProcurement;
import org.openprocurement.platform.core.tender.event.ProcurementResumed;
import org.openprocurement.platform.core.tender.event.ProcurementSuspended;

/** The suspension of a procurement while a complaint is handled (Government Procurement Law art. 57). */
class Suspension {

    // Only a running procurement can be suspended, and the tender's status says whether it runs.
    private final Tender tender;
    private UUID suspendedFor;

    Suspension(Tender tender) {
        this.tender = tender;
    }

    @CommandHandler
    public void handle(SuspendProcurement command, DeadlineManager deadlines) {
        TenderGuards.requireRunning(tender.status(), "suspended");
        requireNotSuspended();
        Instant until = TenderRules.suspensionEnd(command.suspendedAt(), command.days());
        apply(new ProcurementSuspended(
                tender.id(), command.complaintId(), command.reason(), until, command.suspendedAt()));
        deadlines.schedule(until, Tender.SUSPENSION_DEADLINE, command.complaintId());
    }

    @CommandHandler
    public void handle(ResumeProcurement command, DeadlineManager deadlines) {
        if (suspendedFor == null || !suspendedFor.equals(command.complaintId())) {
            throw new TenderRefusal.WrongTenderStateException("The procurement is not suspended for that complaint.");
        }
        apply(new ProcurementResumed(tender.id(), command.complaintId(), command.reason(), command.resumedAt()));
        deadlines.cancelAllWithinScope(Tender.SUSPENSION_DEADLINE);
    }

    @DeadlineHandler(deadlineName = Tender.SUSPENSION_DEADLINE)
    public void ended(UUID complaintId, Clock clock) {
        if (complaintId.equals(suspendedFor)) {
            apply(new ProcurementResumed(
                    tender.id(),
                    complaintId,
                    "The suspension period ended (Government Procurement Law art. 57).",
                    clock.instant()));
        }
    }

    /** Nothing moves the procurement on while a complaint holds it. */
    void requireNotSuspended() {
        if (suspendedFor != null) {
            throw new TenderRefusal.ProcurementSuspendedException(
                    "The procurement is suspended while complaint " + suspendedFor + " is handled.");
        }
    }

    @EventSourcingHandler
    void on(ProcurementSuspended event) {
        suspendedFor = event.complaintId();
    }

    @EventSourcingHandler
    void on(ProcurementResumed event) {
        suspendedFor = null;
    }
}
