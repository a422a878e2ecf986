package org.openprocurement.platform.core.tender;

import org.openprocurement.platform.core.shared.DomainRefusal;
import org.openprocurement.platform.core.shared.RefusalKind;

/** Every way a tender can refuse a command; each names the rule it enforces. */
public abstract sealed class TenderRefusal extends DomainRefusal
        permits TenderRefusal.InvalidTenderException,
                TenderRefusal.EstimateExceedsBudgetException,
                TenderRefusal.AwardCriteriaNotAllowedException,
                TenderRefusal.ScoringWeightsException,
                TenderRefusal.InvitationRuleException,
                TenderRefusal.JustificationMissingException,
                TenderRefusal.TenderingPeriodTooShortException,
                TenderRefusal.WrongTenderStateException,
                TenderRefusal.UnknownEnquiryException,
                TenderRefusal.EnquiryAlreadyAnsweredException,
                TenderRefusal.UnknownBidException,
                TenderRefusal.InvalidScoresException,
                TenderRefusal.EvaluationIncompleteException,
                TenderRefusal.NotTopRankedException,
                TenderRefusal.AwardExceedsBudgetException,
                TenderRefusal.ProcurementSuspendedException,
                TenderRefusal.SuspensionPeriodException {

    private TenderRefusal(String code, RefusalKind kind, String message) {
        super(code, kind, message);
    }

    /** The draft is incomplete or inconsistent (no items, values that do not add up, deadline in the past). */
    public static final class InvalidTenderException extends TenderRefusal {
        public InvalidTenderException(String message) {
            super("invalid-tender", RefusalKind.RULE_BROKEN, message);
        }
    }

    /** Budget first: the estimate is above what the budget line has available. */
    public static final class EstimateExceedsBudgetException extends TenderRefusal {
        public EstimateExceedsBudgetException(String message) {
            super("estimate-exceeds-budget", RefusalKind.RULE_BROKEN, message);
        }
    }

    /** The method does not allow these award criteria. */
    public static final class AwardCriteriaNotAllowedException extends TenderRefusal {
        public AwardCriteriaNotAllowedException(String message) {
            super("award-criteria-not-allowed", RefusalKind.RULE_BROKEN, message);
        }
    }

    /** The published scoring weights do not add up to 100 or give price too little weight. */
    public static final class ScoringWeightsException extends TenderRefusal {
        public ScoringWeightsException(String message) {
            super("scoring-weights", RefusalKind.RULE_BROKEN, message);
        }
    }

    /** The invited suppliers do not fit the method (too few, not exactly one, or invitations not allowed). */
    public static final class InvitationRuleException extends TenderRefusal {
        public InvitationRuleException(String message) {
            super("invitation-rule", RefusalKind.RULE_BROKEN, message);
        }
    }

    /** The method needs a written justification and none was given. */
    public static final class JustificationMissingException extends TenderRefusal {
        public JustificationMissingException(String message) {
            super("justification-missing", RefusalKind.RULE_BROKEN, message);
        }
    }

    /** The time from publication to the deadline is shorter than the method's minimum. */
    public static final class TenderingPeriodTooShortException extends TenderRefusal {
        public TenderingPeriodTooShortException(String message) {
            super("tendering-period-too-short", RefusalKind.RULE_BROKEN, message);
        }
    }

    /** The tender is not in a state that allows this action (for example publishing it twice). */
    public static final class WrongTenderStateException extends TenderRefusal {
        public WrongTenderStateException(String message) {
            super("tender-state", RefusalKind.STATE_CONFLICT, message);
        }
    }

    /** The tender has no enquiry with that identifier. */
    public static final class UnknownEnquiryException extends TenderRefusal {
        public UnknownEnquiryException(String message) {
            super("unknown-enquiry", RefusalKind.NOT_FOUND, message);
        }
    }

    /** The enquiry already has its published answer. */
    public static final class EnquiryAlreadyAnsweredException extends TenderRefusal {
        public EnquiryAlreadyAnsweredException(String message) {
            super("enquiry-already-answered", RefusalKind.STATE_CONFLICT, message);
        }
    }

    /** No counted bid with that identifier was opened in this tender. */
    public static final class UnknownBidException extends TenderRefusal {
        public UnknownBidException(String message) {
            super("unknown-bid", RefusalKind.NOT_FOUND, message);
        }
    }

    /** The scores do not match the published criteria and weights. */
    public static final class InvalidScoresException extends TenderRefusal {
        public InvalidScoresException(String message) {
            super("invalid-scores", RefusalKind.RULE_BROKEN, message);
        }
    }

    /** A counted bid still has no qualification decision. */
    public static final class EvaluationIncompleteException extends TenderRefusal {
        public EvaluationIncompleteException(String message) {
            super("evaluation-incomplete", RefusalKind.STATE_CONFLICT, message);
        }
    }

    /** Only the top-ranked qualified bid may be awarded. */
    public static final class NotTopRankedException extends TenderRefusal {
        public NotTopRankedException(String message) {
            super("not-top-ranked", RefusalKind.RULE_BROKEN, message);
        }
    }

    /** Budget first: the award would exceed the budget line's available money plus this tender's commitment. */
    public static final class AwardExceedsBudgetException extends TenderRefusal {
        public AwardExceedsBudgetException(String message) {
            super("award-exceeds-budget", RefusalKind.RULE_BROKEN, message);
        }
    }

    /** The procurement is suspended while a complaint is handled (GPL art. 57): nothing may be awarded. */
    public static final class ProcurementSuspendedException extends TenderRefusal {
        public ProcurementSuspendedException(String message) {
            super("procurement-suspended", RefusalKind.STATE_CONFLICT, message);
        }
    }

    /** A suspension lasts at least one day and at most 30 days (GPL art. 57). */
    public static final class SuspensionPeriodException extends TenderRefusal {
        public SuspensionPeriodException(String message) {
            super("suspension-period", RefusalKind.RULE_BROKEN, message);
        }
    }
}
