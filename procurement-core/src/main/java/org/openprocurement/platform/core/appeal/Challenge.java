package org.openprocurement.platform.core.appeal;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.openprocurement.platform.core.appeal.command.AnswerChallenge;
import org.openprocurement.platform.core.appeal.command.FileChallenge;
import org.openprocurement.platform.core.appeal.event.ChallengeAnswerOverdue;
import org.openprocurement.platform.core.appeal.event.ChallengeAnswered;
import org.openprocurement.platform.core.appeal.event.ChallengeFiled;
import org.openprocurement.platform.core.method.WorkingCalendar;

/** A supplier's written challenge (质疑) of a tender and the purchasing agency's answer. */
public class Challenge {

    /** Name of the persisted deadline at which an unanswered challenge goes overdue. */
    public static final String ANSWER_DEADLINE = "challenge-answer";

    @AggregateIdentifier
    private UUID challengeId;

    private UUID tenderId;
    private String responsibleOrganisationId;
    private Instant answerDueAt;
    private boolean answered;

    protected Challenge() {
        // required by Axon to rebuild the challenge from its events
    }

    @CommandHandler
    public Challenge(FileChallenge command, WorkingCalendar calendar, DeadlineManager deadlines) {
        Instant periodEnd =
                AppealRules.requireChallengeable(command.subject(), command.terms(), command.filedAt(), calendar);
        Instant due = AppealRules.answerDue(command.filedAt(), calendar);
        apply(new ChallengeFiled(
                command.challengeId(),
                command.terms().tenderId(),
                command.supplierId(),
                command.terms().procuringEntityId(),
                command.subject(),
                command.grounds(),
                periodEnd,
                due,
                command.filedAt()));
        deadlines.schedule(due, ANSWER_DEADLINE, due);
    }

    @CommandHandler
    public void handle(AnswerChallenge command, DeadlineManager deadlines) {
        if (answered) {
            throw new AppealRefusal.ChallengeAlreadyAnsweredException("The challenge already has its answer.");
        }
        boolean late = !command.answeredAt().isBefore(answerDueAt);
        apply(new ChallengeAnswered(
                challengeId, tenderId, command.upheld(), command.answer(), late, command.answeredAt()));
        deadlines.cancelAllWithinScope(ANSWER_DEADLINE);
    }

    @DeadlineHandler(deadlineName = ANSWER_DEADLINE)
    public void answerOverdue(Instant dueAt, Clock clock) {
        if (!answered) {
            apply(new ChallengeAnswerOverdue(challengeId, tenderId, responsibleOrganisationId, dueAt, clock.instant()));
        }
    }

    @EventSourcingHandler
    void on(ChallengeFiled event) {
        challengeId = event.challengeId();
        tenderId = event.tenderId();
        responsibleOrganisationId = event.responsibleOrganisationId();
        answerDueAt = event.answerDueAt();
    }

    @EventSourcingHandler
    void on(ChallengeAnswered event) {
        answered = true;
    }
}
