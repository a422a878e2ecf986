package org.openprocurement.platform.core.tender;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.openprocurement.platform.core.method.RuleTable;
import org.openprocurement.platform.core.method.WorkingCalendar;
import org.openprocurement.platform.core.tender.command.AnswerEnquiry;
import org.openprocurement.platform.core.tender.command.RaiseEnquiry;
import org.openprocurement.platform.core.tender.event.EnquiryAnswerOverdue;
import org.openprocurement.platform.core.tender.event.EnquiryAnswered;
import org.openprocurement.platform.core.tender.event.EnquiryRaised;

/** The suppliers' enquiries about a tender and whether each has its published answer yet. */
class Enquiries {

    // The tender's own state (status, deadline, method) decides whether an enquiry can be raised or answered.
    private final Tender tender;
    private final Map<UUID, Boolean> answered = new HashMap<>();

    Enquiries(Tender tender) {
        this.tender = tender;
    }

    @CommandHandler
    public void handle(RaiseEnquiry command, RuleTable table, WorkingCalendar calendar, DeadlineManager deadlines) {
        TenderGuards.requireOpenForBids(tender.status(), tender.tenderPeriodEnd(), command.raisedAt(), "asked about");
        Instant due = TenderRules.enquiryAnswerDue(
                command.raisedAt(),
                TenderRules.rulesOn(table, tender.method(), command.raisedAt(), calendar),
                calendar);
        apply(new EnquiryRaised(
                tender.id(), command.enquiryId(), command.supplierId(), command.question(), command.raisedAt()));
        deadlines.schedule(due, Tender.ENQUIRY_ANSWER_DEADLINE, new EnquiryAnswerDue(command.enquiryId(), due));
    }

    @DeadlineHandler(deadlineName = Tender.ENQUIRY_ANSWER_DEADLINE)
    public void answerDue(EnquiryAnswerDue due, Clock clock) {
        // A cancelled tender takes no more answers, so its open enquiries are not owed any longer.
        if (tender.status() != TenderStatus.CANCELLED && Boolean.FALSE.equals(answered.get(due.enquiryId()))) {
            apply(new EnquiryAnswerOverdue(
                    tender.id(), due.enquiryId(), tender.procuringEntityId(), due.dueAt(), clock.instant()));
        }
    }

    @CommandHandler
    public void handle(AnswerEnquiry command) {
        TenderGuards.requireNotCancelled(tender.status());
        requireUnanswered(command.enquiryId());
        apply(new EnquiryAnswered(tender.id(), command.enquiryId(), command.answer(), command.answeredAt()));
    }

    private void requireUnanswered(UUID enquiryId) {
        Boolean isAnswered = answered.get(enquiryId);
        if (isAnswered == null) {
            throw new TenderRefusal.UnknownEnquiryException("The tender has no enquiry " + enquiryId + ".");
        }
        if (isAnswered) {
            throw new TenderRefusal.EnquiryAlreadyAnsweredException("The enquiry already has its published answer.");
        }
    }

    @EventSourcingHandler
    void on(EnquiryRaised event) {
        answered.put(event.enquiryId(), false);
    }

    @EventSourcingHandler
    void on(EnquiryAnswered event) {
        answered.put(event.enquiryId(), true);
    }
}
