package org.openprocurement.platform.api.redflag;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Thresholds of the red-flag indicators that a supervising authority may set.
 *
 * @param repeatWinner when the same supplier winning at one agency is flagged
 */
@ConfigurationProperties("procurement.red-flags")
record RedFlagProperties(@DefaultValue RepeatWinner repeatWinner) {

    /**
     * @param awards how many awards of one agency to one supplier within the period raise the flag
     * @param period the period, ending at the award, in which they are counted
     */
    record RepeatWinner(
            @DefaultValue("3") int awards,
            @DefaultValue("P365D") Duration period) {}
}
