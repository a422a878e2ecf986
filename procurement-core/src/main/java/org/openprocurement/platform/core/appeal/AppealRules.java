package org.openprocurement.platform.core.appeal;

import java.time.Instant;
import org.openprocurement.platform.core.appeal.command.ChallengeStanding;
import org.openprocurement.platform.core.appeal.command.ChallengeTerms;
import org.openprocurement.platform.core.method.WorkingCalendar;
import org.openprocurement.platform.core.method.WorkingDeadlines;

/** The periods and standing rules of challenges and complaints, free of Axon; each cites its source. */
public final class AppealRules {

    /** GPL art. 52: a challenge within 7 working days of when the supplier knew or should have known. */
    public static final int CHALLENGE_PERIOD = 7;
    /** GPL art. 53: the answer within 7 working days of receiving the challenge. */
    public static final int ANSWER_PERIOD = 7;
    /** GPL art. 55: a complaint within 15 working days after the answer period ends. */
    public static final int COMPLAINT_PERIOD = 15;
    /** GPL art. 56: the decision within 30 working days of receiving the complaint. */
    public static final int DECISION_PERIOD = 30;

    private AppealRules() {}

    /**
     * The supplier may challenge this subject now; returns the end of its challenge period. The period starts
     * on the day the supplier knew or should have known (Implementing Regulations of the Government Procurement Law art. 53; MOF Order No. 94 (2017) art. 10): the documents'
     * publication or last amendment, the end of the tendering period, or the award notice.
     */
    public static Instant requireChallengeable(
            ChallengeSubject subject, ChallengeTerms terms, Instant filedAt, WorkingCalendar calendar) {
        Instant start = periodStart(subject, terms);
        if (start == null || filedAt.isBefore(start)) {
            throw new AppealRefusal.ChallengePeriodNotStartedException(
                    switch (subject) {
                        case DOCUMENTS -> "The tender documents are not published yet.";
                        case PROCEDURE -> "The procedure can be challenged once the tendering period has ended.";
                        case RESULT -> "The tender has no award to challenge.";
                    });
        }
        if (!terms.eligible()) {
            throw new AppealRefusal.NotAParticipantException(
                    "Only a supplier that can take part in the tender may challenge it.");
        }
        if (subject != ChallengeSubject.DOCUMENTS && !terms.bidder()) {
            throw new AppealRefusal.NotAParticipantException("Only a supplier that bid may challenge the "
                    + subject.name().toLowerCase(java.util.Locale.ROOT) + " (MOF Order No. 94 (2017) art. 11).");
        }
        Instant end = WorkingDeadlines.endOfWorkingDays(start, CHALLENGE_PERIOD, calendar);
        if (!filedAt.isBefore(end)) {
            throw new AppealRefusal.ChallengePeriodOverException("The challenge period ended at " + end
                    + ": 7 working days from " + start + " (Government Procurement Law art. 52).");
        }
        return end;
    }

    /** The end of the 7 working days in which the purchasing agency answers (GPL art. 53). */
    public static Instant answerDue(Instant filedAt, WorkingCalendar calendar) {
        return WorkingDeadlines.endOfWorkingDays(filedAt, ANSWER_PERIOD, calendar);
    }

    /**
     * The challenger may complain now: after the answer, or after the answer period passed without one, and
     * within 15 working days after the answer period (GPL art. 55); returns the end of the complaint period.
     */
    public static Instant requireComplainable(
            ChallengeStanding challenge, String supplierId, Instant filedAt, WorkingCalendar calendar) {
        if (!challenge.challengerId().equals(supplierId)) {
            throw new AppealRefusal.NotTheChallengerException(
                    "Only the supplier that filed the challenge may complain about its answer.");
        }
        if (challenge.answeredAt() == null && filedAt.isBefore(challenge.answerDueAt())) {
            throw new AppealRefusal.ChallengePendingException("The challenge may still be answered until "
                    + challenge.answerDueAt() + "; a complaint follows the answer or that time.");
        }
        Instant end = WorkingDeadlines.endOfWorkingDaysAfter(challenge.answerDueAt(), COMPLAINT_PERIOD, calendar);
        if (!filedAt.isBefore(end)) {
            throw new AppealRefusal.ComplaintPeriodOverException("The complaint period ended at " + end
                    + ": 15 working days after the answer period (Government Procurement Law art. 55).");
        }
        return end;
    }

    /** The end of the 30 working days in which the finance department decides (GPL art. 56). */
    public static Instant decisionDue(Instant filedAt, WorkingCalendar calendar) {
        return WorkingDeadlines.endOfWorkingDays(filedAt, DECISION_PERIOD, calendar);
    }

    private static Instant periodStart(ChallengeSubject subject, ChallengeTerms terms) {
        return switch (subject) {
            case DOCUMENTS -> terms.documentsIssuedAt();
            case PROCEDURE -> terms.tenderPeriodEnd();
            case RESULT -> terms.awardedAt();
        };
    }
}
