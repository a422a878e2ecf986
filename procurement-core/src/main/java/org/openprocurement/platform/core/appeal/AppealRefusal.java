package org.openprocurement.platform.core.appeal;

import org.openprocurement.platform.core.shared.DomainRefusal;
import org.openprocurement.platform.core.shared.RefusalKind;

/** Every way a challenge or a complaint can be refused; each names the rule it enforces. */
public abstract sealed class AppealRefusal extends DomainRefusal
        permits AppealRefusal.ChallengePeriodNotStartedException,
                AppealRefusal.ChallengePeriodOverException,
                AppealRefusal.NotAParticipantException,
                AppealRefusal.ChallengeAlreadyAnsweredException,
                AppealRefusal.NotTheChallengerException,
                AppealRefusal.ChallengePendingException,
                AppealRefusal.ComplaintPeriodOverException,
                AppealRefusal.ComplaintAlreadyDecidedException {

    private AppealRefusal(String code, RefusalKind kind, String message) {
        super(code, kind, message);
    }

    /** The event the challenge is about has not happened yet (no award to challenge, tendering still open). */
    public static final class ChallengePeriodNotStartedException extends AppealRefusal {
        public ChallengePeriodNotStartedException(String message) {
            super("challenge-period-not-started", RefusalKind.STATE_CONFLICT, message);
        }
    }

    /** More than 7 working days passed since the supplier knew or should have known (GPL art. 52). */
    public static final class ChallengePeriodOverException extends AppealRefusal {
        public ChallengePeriodOverException(String message) {
            super("challenge-period-over", RefusalKind.RULE_BROKEN, message);
        }
    }

    /** Only a supplier that can take part, or for the procedure and result one that bid, may challenge. */
    public static final class NotAParticipantException extends AppealRefusal {
        public NotAParticipantException(String message) {
            super("not-a-participant", RefusalKind.RULE_BROKEN, message);
        }
    }

    /** The challenge already has its answer. */
    public static final class ChallengeAlreadyAnsweredException extends AppealRefusal {
        public ChallengeAlreadyAnsweredException(String message) {
            super("challenge-already-answered", RefusalKind.STATE_CONFLICT, message);
        }
    }

    /** Only the supplier that challenged may complain about the answer (GPL art. 55). */
    public static final class NotTheChallengerException extends AppealRefusal {
        public NotTheChallengerException(String message) {
            super("not-the-challenger", RefusalKind.RULE_BROKEN, message);
        }
    }

    /** A complaint follows the answer or the end of the answer period, not a challenge still within it. */
    public static final class ChallengePendingException extends AppealRefusal {
        public ChallengePendingException(String message) {
            super("challenge-pending", RefusalKind.STATE_CONFLICT, message);
        }
    }

    /** More than 15 working days passed since the answer period ended (GPL art. 55). */
    public static final class ComplaintPeriodOverException extends AppealRefusal {
        public ComplaintPeriodOverException(String message) {
            super("complaint-period-over", RefusalKind.RULE_BROKEN, message);
        }
    }

    /** The complaint already has its decision. */
    public static final class ComplaintAlreadyDecidedException extends AppealRefusal {
        public ComplaintAlreadyDecidedException(String message) {
            super("complaint-already-decided", RefusalKind.STATE_CONFLICT, message);
        }
    }
}
