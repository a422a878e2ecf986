package org.openprocurement.platform.audit.redflag;

import java.util.ArrayList;
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
     * The indicators over tender events. Late contract signature and value-raising contract amendments need the
     * contract events: see {@link #withContracts}.
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

    /**
     * The standard indicators and the two over contract events (late signature, value-raising amendments),
     * reading those events through {@code contracts}.
     */
    public static RedFlags withContracts(ContractEvents contracts) {
        List<Indicator> all = new ArrayList<>(standard().indicators);
        all.add(new LateContractSignature(contracts));
        all.add(new ValueRaisingAmendment(contracts));
        return new RedFlags(all);
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
