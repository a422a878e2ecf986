package org.openprocurement.platform.core.contract;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Collection;
import org.openprocurement.platform.core.method.MethodRules;
import org.openprocurement.platform.core.method.WorkingCalendar;
import org.openprocurement.platform.core.shared.Money;

/** The rules of signing, performing, paying and amending a contract, free of Axon; each cites its source. */
public final class ContractRules {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ContractRules() {}

    /** The end of the signature period: the award's time of day, the period's number of days later. */
    public static Instant signatureDue(Instant awardedAt, MethodRules rules, WorkingCalendar calendar) {
        ZonedDateTime at = awardedAt.atZone(calendar.zone());
        return at.with(rules.signaturePeriod().endFrom(at.toLocalDate(), calendar))
                .toInstant();
    }

    /**
     * A contract is signed only after the standstill (Government Procurement Law art. 52: seven working days to
     * challenge the result; EU Directive 2007/66 art. 2a) and never while a challenge or complaint is open (MOF
     * Orders 87 and 94: a challenge or complaint may suspend the procurement); the advance stays within the
     * ceiling.
     */
    public static void requireSignable(
            Instant standstillEndsAt, int pendingAppeals, int advancePercent, Instant signedAt, MethodRules rules) {
        if (signedAt.isBefore(standstillEndsAt)) {
            throw new ContractRefusal.StandstillNotOverException("The standstill ends at " + standstillEndsAt
                    + "; the contract can be signed only then (" + rules.sourceOf("standstill") + ").");
        }
        if (pendingAppeals > 0) {
            throw new ContractRefusal.AppealPendingException(pendingAppeals
                    + " challenge(s) or complaint(s) about the tender are still open; sign once they are answered"
                    + " or decided.");
        }
        if (advancePercent < 0 || advancePercent > rules.maximumAdvancePercent()) {
            throw new ContractRefusal.AdvanceLimitException("An advance is agreed as 0 to "
                    + rules.maximumAdvancePercent() + " percent of the contract value ("
                    + rules.sourceOf("maximum-advance-percent") + ").");
        }
    }

    /** Amounts are positive and in whole minor units of the contract's currency. */
    public static void requireValidAmount(BigDecimal amount, String currency) {
        if (amount == null || amount.signum() <= 0 || !Money.fitsMinorUnit(amount, currency)) {
            throw new ContractRefusal.InvalidContractAmountException(
                    "The amount must be greater than zero and fit the minor unit of " + currency + ".");
        }
    }

    /** A milestone has a title and a due date; only a payment milestone names an amount, within the value. */
    public static void requireMilestone(
            MilestoneType type,
            String title,
            LocalDate dueDate,
            BigDecimal amount,
            String currency,
            Collection<Milestone> existing,
            BigDecimal value) {
        if (type == null || title == null || title.isBlank() || dueDate == null) {
            throw new ContractRefusal.InvalidMilestoneException("A milestone has a type, a title and a due date.");
        }
        if (amount == null) {
            return;
        }
        if (type != MilestoneType.PAYMENT) {
            throw new ContractRefusal.InvalidMilestoneException("Only a payment milestone names an amount.");
        }
        requireValidAmount(amount, currency);
        BigDecimal scheduled =
                existing.stream().map(Milestone::amount).filter(a -> a != null).reduce(amount, BigDecimal::add);
        if (scheduled.compareTo(value) > 0) {
            throw new ContractRefusal.MilestonesExceedValueException("The payment milestones would schedule "
                    + scheduled.toPlainString() + ", more than the contract value " + value.toPlainString() + ".");
        }
    }

    /** A payment against a met milestone stays within the milestone's amount, if it names one. */
    public static void requireMilestonePayable(Milestone milestone, BigDecimal amount) {
        if (!milestone.met()) {
            throw new ContractRefusal.MilestoneNotMetException("The milestone is not met yet; pay once it is.");
        }
        if (milestone.amount() != null && milestone.paid().add(amount).compareTo(milestone.amount()) > 0) {
            throw new ContractRefusal.MilestoneAmountExceededException("The milestone schedules "
                    + milestone.amount().toPlainString() + " and "
                    + milestone.paid().toPlainString()
                    + " is already paid against it.");
        }
    }

    /**
     * An advance is paid only when the signed contract agrees one, and only up to the agreed share of its value
     * (MOF Cai Ku [2019] No. 38 and [2020] No. 46: the advance is a term of the contract).
     */
    public static void requireAdvancePayable(
            int advancePercent, BigDecimal advancePaid, BigDecimal value, BigDecimal amount) {
        if (advancePercent == 0) {
            throw new ContractRefusal.AdvanceNotAgreedException("The signed contract agrees no advance payment.");
        }
        BigDecimal ceiling = value.multiply(BigDecimal.valueOf(advancePercent)).divide(HUNDRED, 4, RoundingMode.DOWN);
        if (advancePaid.add(amount).compareTo(ceiling) > 0) {
            throw new ContractRefusal.AdvanceLimitException("The contract allows an advance of " + advancePercent
                    + "% of its value, " + ceiling.stripTrailingZeros().toPlainString() + "; "
                    + advancePaid.toPlainString() + " is already paid.");
        }
    }

    /** The sum of payments never exceeds the contract value. */
    public static void requireWithinValue(BigDecimal paid, BigDecimal value, BigDecimal amount) {
        if (paid.add(amount).compareTo(value) > 0) {
            throw new ContractRefusal.OverpaymentException("The payment of " + amount.toPlainString()
                    + " would bring the payments to " + paid.add(amount).toPlainString() + ", above the contract value "
                    + value.toPlainString() + ".");
        }
    }

    /**
     * An amendment states its rationale; its value rise, counted from the original value, stays within the
     * additional purchases allowed without a new procedure (Government Procurement Law art. 49: 10%; compare
     * EU Directive 2014/24 art. 72(2): 10% for goods and services), and the value never falls below what was paid.
     */
    public static void requireAmendment(
            String rationale, BigDecimal newValue, BigDecimal original, BigDecimal paid, MethodRules rules) {
        if (rationale == null || rationale.isBlank()) {
            throw new ContractRefusal.RationaleRequiredException("An amendment states its rationale.");
        }
        if (newValue == null) {
            return;
        }
        BigDecimal limit = original.multiply(BigDecimal.valueOf(100 + rules.additionalPurchaseLimitPercent()))
                .divide(HUNDRED, 4, RoundingMode.DOWN);
        if (newValue.compareTo(limit) > 0) {
            throw new ContractRefusal.AmendmentLimitException("The value may rise to at most "
                    + limit.stripTrailingZeros().toPlainString() + "; beyond that a new procedure is needed ("
                    + rules.sourceOf("additional-purchase-limit-percent") + ").");
        }
        if (newValue.compareTo(paid) < 0) {
            throw new ContractRefusal.AmendmentBelowPaidException(
                    "The value cannot fall below the " + paid.toPlainString() + " already paid.");
        }
    }

    /**
     * A contract is complete only when every milestone is met: the purchaser organises the acceptance of what
     * was delivered (Government Procurement Law art. 41) before it closes the contract. Payments need not reach
     * the value: completion declares that nothing more is owed, and the rest of the commitment is released.
     */
    public static void requireCompletable(Collection<Milestone> milestones) {
        long open = milestones.stream().filter(m -> !m.met()).count();
        if (open > 0) {
            throw new ContractRefusal.MilestonesOutstandingException(open + " milestone(s) are not yet met.");
        }
    }

    /** A termination states its reason. */
    public static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new ContractRefusal.ReasonRequiredException("A termination states its reason.");
        }
    }

    /** An efficiency rating is a whole score from 1 to 5. */
    public static void requireRating(int score) {
        if (score < 1 || score > 5) {
            throw new ContractRefusal.InvalidRatingException("The score is from 1 to 5.");
        }
    }
}
