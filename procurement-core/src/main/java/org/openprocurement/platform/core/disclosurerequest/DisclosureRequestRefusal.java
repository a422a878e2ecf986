package org.openprocurement.platform.core.disclosurerequest;

import org.openprocurement.platform.core.shared.DomainRefusal;
import org.openprocurement.platform.core.shared.RefusalKind;

/** Every way a disclosure request can refuse a command; each names the rule it enforces. */
public abstract sealed class DisclosureRequestRefusal extends DomainRefusal
        permits DisclosureRequestRefusal.InformationMissingException,
                DisclosureRequestRefusal.ReasonMissingException,
                DisclosureRequestRefusal.GroundsMissingException,
                DisclosureRequestRefusal.AlreadyAnsweredException,
                DisclosureRequestRefusal.AlreadyExtendedException,
                DisclosureRequestRefusal.AnswerPeriodEndedException {

    private DisclosureRequestRefusal(String code, RefusalKind kind, String message) {
        super(code, kind, message);
    }

    /** A request must say what information it asks for; a grant must say what is disclosed. */
    public static final class InformationMissingException extends DisclosureRequestRefusal {
        public InformationMissingException(String message) {
            super("information-missing", RefusalKind.RULE_BROKEN, message);
        }
    }

    /** An extension must give its reason. */
    public static final class ReasonMissingException extends DisclosureRequestRefusal {
        public ReasonMissingException(String message) {
            super("reason-missing", RefusalKind.RULE_BROKEN, message);
        }
    }

    /** Withholding information, in part or in full, must state its grounds. */
    public static final class GroundsMissingException extends DisclosureRequestRefusal {
        public GroundsMissingException(String message) {
            super("grounds-missing", RefusalKind.RULE_BROKEN, message);
        }
    }

    /** The request already has its answer. */
    public static final class AlreadyAnsweredException extends DisclosureRequestRefusal {
        public AlreadyAnsweredException(String message) {
            super("disclosure-already-answered", RefusalKind.STATE_CONFLICT, message);
        }
    }

    /** The time to answer can be extended only once. */
    public static final class AlreadyExtendedException extends DisclosureRequestRefusal {
        public AlreadyExtendedException(String message) {
            super("disclosure-already-extended", RefusalKind.STATE_CONFLICT, message);
        }
    }

    /** An extension must be decided while the time to answer is still running. */
    public static final class AnswerPeriodEndedException extends DisclosureRequestRefusal {
        public AnswerPeriodEndedException(String message) {
            super("answer-period-ended", RefusalKind.STATE_CONFLICT, message);
        }
    }
}
