package org.openprocurement.platform.core.disclosurerequest;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.openprocurement.platform.core.disclosurerequest.command.AnswerDisclosureRequest;
import org.openprocurement.platform.core.disclosurerequest.command.ExtendDisclosureDeadline;
import org.openprocurement.platform.core.disclosurerequest.command.RequestDisclosure;
import org.openprocurement.platform.core.disclosurerequest.event.DisclosureAnswerOverdue;
import org.openprocurement.platform.core.disclosurerequest.event.DisclosureDeadlineExtended;
import org.openprocurement.platform.core.disclosurerequest.event.DisclosureRequestAnswered;
import org.openprocurement.platform.core.disclosurerequest.event.DisclosureRequested;
import org.openprocurement.platform.core.method.WorkingCalendar;

/** One request for disclosure of information about a procurement process, from receipt to its answer. */
public class DisclosureRequest {

    /** Name of the persisted deadline at which an unanswered request goes overdue. */
    public static final String ANSWER_DEADLINE = "disclosure-answer";

    @AggregateIdentifier
    private UUID requestId;

    private UUID processId;
    private String responsibleOrganisationId;
    private Instant dueAt;
    private boolean extended;
    private boolean answered;
    private boolean overdue;

    protected DisclosureRequest() {
        // required by Axon to rebuild the request from its events
    }

    @CommandHandler
    public DisclosureRequest(RequestDisclosure command, WorkingCalendar calendar, DeadlineManager deadlines) {
        DisclosureRules.requireInformationAsked(command.information());
        Instant due = DisclosureRules.answerDue(command.requestedAt(), calendar);
        apply(new DisclosureRequested(
                command.requestId(),
                command.processId(),
                command.responsibleOrganisationId(),
                command.information(),
                due,
                command.requestedAt()));
        deadlines.schedule(due, ANSWER_DEADLINE, due);
    }

    @CommandHandler
    public void handle(ExtendDisclosureDeadline command, WorkingCalendar calendar, DeadlineManager deadlines) {
        DisclosureRules.requireExtendable(answered, extended, command.extendedAt(), dueAt, command.reason());
        Instant due = DisclosureRules.extendedDue(dueAt, calendar);
        apply(new DisclosureDeadlineExtended(requestId, processId, command.reason(), due, command.extendedAt()));
        deadlines.cancelAllWithinScope(ANSWER_DEADLINE);
        deadlines.schedule(due, ANSWER_DEADLINE, due);
    }

    @CommandHandler
    public void handle(AnswerDisclosureRequest command, DeadlineManager deadlines) {
        DisclosureRules.requireCompleteAnswer(answered, command.decision(), command.information(), command.grounds());
        apply(new DisclosureRequestAnswered(
                requestId,
                processId,
                responsibleOrganisationId,
                command.decision(),
                blankToNull(command.information()),
                blankToNull(command.grounds()),
                command.answeredAt()));
        deadlines.cancelAllWithinScope(ANSWER_DEADLINE);
    }

    @DeadlineHandler(deadlineName = ANSWER_DEADLINE)
    // The deadline carries the instant the answer was due; a deadline left over from before an extension or an
    // answer records nothing.
    public void overdue(Instant due) {
        if (!answered && !overdue && due.equals(dueAt)) {
            apply(new DisclosureAnswerOverdue(requestId, processId, responsibleOrganisationId, dueAt));
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    @EventSourcingHandler
    void on(DisclosureRequested event) {
        requestId = event.requestId();
        processId = event.processId();
        responsibleOrganisationId = event.responsibleOrganisationId();
        dueAt = event.dueAt();
    }

    @EventSourcingHandler
    void on(DisclosureDeadlineExtended event) {
        extended = true;
        dueAt = event.dueAt();
    }

    @EventSourcingHandler
    void on(DisclosureRequestAnswered event) {
        answered = true;
    }

    @EventSourcingHandler
    void on(DisclosureAnswerOverdue event) {
        overdue = true;
    }
}
