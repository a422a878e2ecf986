package org.openprocurement.platform.audit.redflag;

import java.util.List;
import java.util.Optional;

/**
 * The red-flag indicators and their assessment of a process: a pure function of the recorded events, so a
 * replay of the log gives the same flags.
 */
public final class RedFlags {

    private final List<Indicator> indicators;

    private RedFlags(List<Indicator> indicators) {
        this.indicators = List.copyOf(indicators);
    }

    /**
     * The indicators computed from tender events today. Late contract signature and value-raising contract
     * amendments follow once contracts are on the record.
     */
    public static RedFlags standard() {
        return new RedFlags(List.of(
                new SingleBid(),
                new ShortTenderingPeriod(),
                new AllButWinnerDisqualified(),
                new LowestBidDisqualified(),
                new IdenticalBidPrices(),
                new AwardFarBelowEstimate(),
                new RepeatWinner()));
    }

    /** Every indicator, in the order flags are reported. */
    public List<Indicator> indicators() {
        return indicators;
    }

    /** The flags the process raises, in indicator order. */
    public List<RedFlag> of(ProcessRecord process, RedFlagContext context) {
        return indicators.stream()
                .map(i -> i.assess(process, context))
                .flatMap(Optional::stream)
                .toList();
    }
}
