package org.openprocurement.platform.core.tender;

import org.openprocurement.platform.core.shared.DomainRefusal;
import org.openprocurement.platform.core.shared.RefusalKind;

/** Every way a tender can refuse a command; each names the rule it enforces. */
public abstract sealed class TenderRefusal extends DomainRefusal
        permits TenderRefusal.InvalidTender,
                TenderRefusal.EstimateExceedsBudget,
                TenderRefusal.AwardCriteriaNotAllowed,
                TenderRefusal.ScoringWeights,
                TenderRefusal.InvitationRule,
                TenderRefusal.JustificationMissing,
                TenderRefusal.TenderingPeriodTooShort,
                TenderRefusal.WrongTenderState,
                TenderRefusal.UnknownEnquiry,
                TenderRefusal.EnquiryAlreadyAnswered,
                TenderRefusal.UnknownBid,
                TenderRefusal.InvalidScores,
                TenderRefusal.EvaluationIncomplete,
                TenderRefusal.NotTopRanked,
                TenderRefusal.AwardExceedsBudget {

    private final String code;
    private final RefusalKind kind;

    private TenderRefusal(String code, RefusalKind kind, String message) {
        super(message);
        this.code = code;
        this.kind = kind;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public RefusalKind kind() {
        return kind;
    }

    /** The draft is incomplete or inconsistent (no items, values that do not add up, deadline in the past). */
    public static final class InvalidTender extends TenderRefusal {
        public InvalidTender(String message) {
            super("invalid-tender", RefusalKind.RULE_BROKEN, message);
        }
    }

    /** Budget first: the estimate is above what the budget line has available. */
    public static final class EstimateExceedsBudget extends TenderRefusal {
        public EstimateExceedsBudget(String message) {
            super("estimate-exceeds-budget", RefusalKind.RULE_BROKEN, message);
        }
    }

    /** The method does not allow these award criteria. */
    public static final class AwardCriteriaNotAllowed extends TenderRefusal {
        public AwardCriteriaNotAllowed(String message) {
            super("award-criteria-not-allowed", RefusalKind.RULE_BROKEN, message);
        }
    }

    /** The published scoring weights do not add up to 100 or give price too little weight. */
    public static final class ScoringWeights extends TenderRefusal {
        public ScoringWeights(String message) {
            super("scoring-weights", RefusalKind.RULE_BROKEN, message);
        }
    }

    /** The invited suppliers do not fit the method (too few, not exactly one, or invitations not allowed). */
    public static final class InvitationRule extends TenderRefusal {
        public InvitationRule(String message) {
            super("invitation-rule", RefusalKind.RULE_BROKEN, message);
        }
    }

    /** The method needs a written justification and none was given. */
    public static final class JustificationMissing extends TenderRefusal {
        public JustificationMissing(String message) {
            super("justification-missing", RefusalKind.RULE_BROKEN, message);
        }
    }

    /** The time from publication to the deadline is shorter than the method's minimum. */
    public static final class TenderingPeriodTooShort extends TenderRefusal {
        public TenderingPeriodTooShort(String message) {
            super("tendering-period-too-short", RefusalKind.RULE_BROKEN, message);
        }
    }

    /** The tender is not in a state that allows this action (for example publishing it twice). */
    public static final class WrongTenderState extends TenderRefusal {
        public WrongTenderState(String message) {
            super("tender-state", RefusalKind.STATE_CONFLICT, message);
        }
    }

    /** The tender has no enquiry with that identifier. */
    public static final class UnknownEnquiry extends TenderRefusal {
        public UnknownEnquiry(String message) {
            super("unknown-enquiry", RefusalKind.NOT_FOUND, message);
        }
    }

    /** The enquiry already has its published answer. */
    public static final class EnquiryAlreadyAnswered extends TenderRefusal {
        public EnquiryAlreadyAnswered(String message) {
            super("enquiry-already-answered", RefusalKind.STATE_CONFLICT, message);
        }
    }

    /** No counted bid with that identifier was opened in this tender. */
    public static final class UnknownBid extends TenderRefusal {
        public UnknownBid(String message) {
            super("unknown-bid", RefusalKind.NOT_FOUND, message);
        }
    }

    /** The scores do not match the published criteria and weights. */
    public static final class InvalidScores extends TenderRefusal {
        public InvalidScores(String message) {
            super("invalid-scores", RefusalKind.RULE_BROKEN, message);
        }
    }

    /** A counted bid still has no qualification decision. */
    public static final class EvaluationIncomplete extends TenderRefusal {
        public EvaluationIncomplete(String message) {
            super("evaluation-incomplete", RefusalKind.STATE_CONFLICT, message);
        }
    }

    /** Only the top-ranked qualified bid may be awarded. */
    public static final class NotTopRanked extends TenderRefusal {
        public NotTopRanked(String message) {
            super("not-top-ranked", RefusalKind.RULE_BROKEN, message);
        }
    }

    /** Budget first: the award would exceed the budget line's available money plus this tender's commitment. */
    public static final class AwardExceedsBudget extends TenderRefusal {
        public AwardExceedsBudget(String message) {
            super("award-exceeds-budget", RefusalKind.RULE_BROKEN, message);
        }
    }
}
