package org.openprocurement.platform.core.contract;

import org.openprocurement.platform.core.shared.DomainRefusal;
import org.openprocurement.platform.core.shared.RefusalKind;

/** Every way a contract can refuse a command; each names the rule it enforces. */
public abstract sealed class ContractRefusal extends DomainRefusal
        permits ContractRefusal.WrongContractStateException,
                ContractRefusal.StandstillNotOverException,
                ContractRefusal.AppealPendingException,
                ContractRefusal.AdvanceLimitException,
                ContractRefusal.AdvanceNotAgreedException,
                ContractRefusal.InvalidMilestoneException,
                ContractRefusal.MilestonesExceedValueException,
                ContractRefusal.UnknownMilestoneException,
                ContractRefusal.MilestoneAlreadyMetException,
                ContractRefusal.MilestoneNotMetException,
                ContractRefusal.MilestoneAmountExceededException,
                ContractRefusal.InvalidPaymentException,
                ContractRefusal.OverpaymentException,
                ContractRefusal.InvalidContractAmountException,
                ContractRefusal.RationaleRequiredException,
                ContractRefusal.AmendmentLimitException,
                ContractRefusal.AmendmentBelowPaidException,
                ContractRefusal.MilestonesOutstandingException,
                ContractRefusal.ReasonRequiredException,
                ContractRefusal.InvalidRatingException,
                ContractRefusal.AlreadyEvaluatedException {

    private ContractRefusal(String code, RefusalKind kind, String message) {
        super(code, kind, message);
    }

    /** The contract is not in a state that allows the command. */
    public static final class WrongContractStateException extends ContractRefusal {
        public WrongContractStateException(String message) {
            super("wrong-contract-state", RefusalKind.STATE_CONFLICT, message);
        }
    }

    /** The standstill after the award has not ended: no contract may be signed yet. */
    public static final class StandstillNotOverException extends ContractRefusal {
        public StandstillNotOverException(String message) {
            super("standstill-not-over", RefusalKind.RULE_BROKEN, message);
        }
    }

    /** A challenge or complaint about the tender is still open: the contract may not be signed. */
    public static final class AppealPendingException extends ContractRefusal {
        public AppealPendingException(String message) {
            super("appeal-pending", RefusalKind.RULE_BROKEN, message);
        }
    }

    /** The advance agreed or paid is above what the rules or the contract allow. */
    public static final class AdvanceLimitException extends ContractRefusal {
        public AdvanceLimitException(String message) {
            super("advance-limit", RefusalKind.RULE_BROKEN, message);
        }
    }

    /** The signed contract allows no advance payment. */
    public static final class AdvanceNotAgreedException extends ContractRefusal {
        public AdvanceNotAgreedException(String message) {
            super("advance-not-agreed", RefusalKind.RULE_BROKEN, message);
        }
    }

    /** The milestone is incomplete, or carries an amount although it is not a payment. */
    public static final class InvalidMilestoneException extends ContractRefusal {
        public InvalidMilestoneException(String message) {
            super("invalid-milestone", RefusalKind.RULE_BROKEN, message);
        }
    }

    /** The payment milestones would add up to more than the contract value. */
    public static final class MilestonesExceedValueException extends ContractRefusal {
        public MilestonesExceedValueException(String message) {
            super("milestones-exceed-value", RefusalKind.RULE_BROKEN, message);
        }
    }

    /** The contract has no such milestone. */
    public static final class UnknownMilestoneException extends ContractRefusal {
        public UnknownMilestoneException(String message) {
            super("unknown-milestone", RefusalKind.NOT_FOUND, message);
        }
    }

    /** The milestone was already met. */
    public static final class MilestoneAlreadyMetException extends ContractRefusal {
        public MilestoneAlreadyMetException(String message) {
            super("milestone-already-met", RefusalKind.STATE_CONFLICT, message);
        }
    }

    /** A payment against a milestone waits until the milestone is met. */
    public static final class MilestoneNotMetException extends ContractRefusal {
        public MilestoneNotMetException(String message) {
            super("milestone-not-met", RefusalKind.RULE_BROKEN, message);
        }
    }

    /** The payments against a payment milestone would exceed its amount. */
    public static final class MilestoneAmountExceededException extends ContractRefusal {
        public MilestoneAmountExceededException(String message) {
            super("milestone-amount-exceeded", RefusalKind.RULE_BROKEN, message);
        }
    }

    /** A payment is either against a milestone or an advance, and names a positive amount. */
    public static final class InvalidPaymentException extends ContractRefusal {
        public InvalidPaymentException(String message) {
            super("invalid-payment", RefusalKind.RULE_BROKEN, message);
        }
    }

    /** The payments would add up to more than the contract value. */
    public static final class OverpaymentException extends ContractRefusal {
        public OverpaymentException(String message) {
            super("overpayment", RefusalKind.RULE_BROKEN, message);
        }
    }

    /** The amount is not positive or has more decimals than the currency allows. */
    public static final class InvalidContractAmountException extends ContractRefusal {
        public InvalidContractAmountException(String message) {
            super("invalid-amount", RefusalKind.RULE_BROKEN, message);
        }
    }

    /** An amendment states its rationale. */
    public static final class RationaleRequiredException extends ContractRefusal {
        public RationaleRequiredException(String message) {
            super("rationale-required", RefusalKind.RULE_BROKEN, message);
        }
    }

    /** The value rise goes beyond the additional purchases the law allows without a new procedure. */
    public static final class AmendmentLimitException extends ContractRefusal {
        public AmendmentLimitException(String message) {
            super("amendment-limit", RefusalKind.RULE_BROKEN, message);
        }
    }

    /** The contract value cannot fall below what was already paid. */
    public static final class AmendmentBelowPaidException extends ContractRefusal {
        public AmendmentBelowPaidException(String message) {
            super("amendment-below-paid", RefusalKind.RULE_BROKEN, message);
        }
    }

    /** A contract is complete only once every milestone is met. */
    public static final class MilestonesOutstandingException extends ContractRefusal {
        public MilestonesOutstandingException(String message) {
            super("milestones-outstanding", RefusalKind.RULE_BROKEN, message);
        }
    }

    /** A termination states its reason. */
    public static final class ReasonRequiredException extends ContractRefusal {
        public ReasonRequiredException(String message) {
            super("reason-required", RefusalKind.RULE_BROKEN, message);
        }
    }

    /** An efficiency rating is a whole score from 1 to 5. */
    public static final class InvalidRatingException extends ContractRefusal {
        public InvalidRatingException(String message) {
            super("invalid-rating", RefusalKind.RULE_BROKEN, message);
        }
    }

    /** The party already rated this procedure. */
    public static final class AlreadyEvaluatedException extends ContractRefusal {
        public AlreadyEvaluatedException(String message) {
            super("already-evaluated", RefusalKind.STATE_CONFLICT, message);
        }
    }
}
