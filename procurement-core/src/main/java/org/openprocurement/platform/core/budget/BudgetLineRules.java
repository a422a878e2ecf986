package org.openprocurement.platform.core.budget;

import java.math.BigDecimal;
import java.time.Instant;
import org.openprocurement.platform.core.shared.Money;

/** The rules of appropriation and commitment control, free of Axon so they are tested on their own. */
public final class BudgetLineRules {

    private BudgetLineRules() {}

    /** Amounts are positive and expressed in whole minor units of the line's currency. */
    public static void requireValidAmount(BigDecimal amount, String currency) {
        if (amount == null || amount.signum() <= 0) {
            throw new InvalidAmountException("The amount must be greater than zero.");
        }
        if (!Money.fitsMinorUnit(amount, currency)) {
            throw new InvalidAmountException("The amount has more decimals than " + currency + " allows.");
        }
    }

    /** An appropriation is made in a real currency and stays available for some time after it is made. */
    public static void requireUsableAppropriation(String currency, Instant availableUntil, Instant appropriatedAt) {
        if (!Money.isCurrency(currency)) {
            throw new AvailabilityPeriodException("The currency " + currency + " is not an ISO 4217 currency.");
        }
        if (!availableUntil.isAfter(appropriatedAt)) {
            throw new AvailabilityPeriodException("The appropriation must remain available after it is made.");
        }
    }

    /**
     * Budget first: money is committed only while the line is open and only up to what is available (China's
     * Government Procurement Law art. 6; EU Financial Regulation art. 111: no commitment without appropriation).
     */
    public static void requireCommittable(boolean lapsed, BigDecimal available, BigDecimal amount) {
        if (lapsed) {
            throw new BudgetLineLapsedException("The budget line has lapsed; no new commitment is possible.");
        }
        if (amount.compareTo(available) > 0) {
            throw new InsufficientFundsException("The commitment of " + amount.toPlainString()
                    + " exceeds the available " + available.toPlainString() + ".");
        }
    }

    /** A release or a spending draws only on what is left of its commitment. */
    public static void requireWithinCommitment(BigDecimal outstanding, BigDecimal amount) {
        if (amount.compareTo(outstanding) > 0) {
            throw new CommitmentExceededException("The amount " + amount.toPlainString() + " exceeds the "
                    + outstanding.toPlainString() + " left on the commitment.");
        }
    }
}
