package org.openprocurement.platform.audit.redflag;

import java.time.Duration;

/**
 * The configurable thresholds of the indicators.
 *
 * @param repeatWinnerAwards how many awards of one agency to one supplier within the period raise the flag
 * @param repeatWinnerPeriod the period, ending at the award, in which those awards are counted
 */
public record RedFlagSettings(int repeatWinnerAwards, Duration repeatWinnerPeriod) {

    public RedFlagSettings {
        if (repeatWinnerAwards < 2) {
            throw new IllegalArgumentException("A supplier wins repeatedly from its second award on, at least");
        }
        if (repeatWinnerPeriod.isNegative() || repeatWinnerPeriod.isZero()) {
            throw new IllegalArgumentException("The repeat-winner period must be positive");
        }
    }

    /** Three awards within 365 days. */
    public static RedFlagSettings defaults() {
        return new RedFlagSettings(3, Duration.ofDays(365));
    }
}
