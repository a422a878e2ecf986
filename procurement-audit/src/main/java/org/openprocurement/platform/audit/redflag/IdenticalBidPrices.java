package org.openprocurement.platform.audit.redflag;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.openprocurement.platform.core.tender.event.OpenedBid;

/** Indicator 5: two or more bids offered exactly the same price. */
final class IdenticalBidPrices implements Indicator {

    @Override
    public String code() {
        return "identical-bid-prices";
    }

    @Override
    public String title() {
        return "Identical bid prices";
    }

    @Override
    public String method() {
        return "Two or more bids counted at the opening (BidsOpened), from different suppliers, offer the same total"
                + " price, compared as amounts (100000 equals 100000.00).";
    }

    @Override
    public String source() {
        return "OECD Guidelines for Fighting Bid Rigging in Public Procurement (identical bids); Open Contracting"
                + " Partnership, Red Flags for Integrity (identical bid prices); EU ARACHNE (collusion risks).";
    }

    @Override
    public Optional<RedFlag> assess(ProcessRecord process, RedFlagContext context) {
        var counted = process.countedBids();
        if (counted.isEmpty()) {
            return Optional.empty();
        }
        Map<BigDecimal, Long> suppliersByPrice = counted.get().event().stream()
                .collect(Collectors.groupingBy(
                        b -> b.price().stripTrailingZeros(),
                        TreeMap::new,
                        Collectors.mapping(OpenedBid::supplierId, Collectors.collectingAndThen(Collectors.toSet(), s ->
                                (long) s.size()))));
        List<String> repeated = suppliersByPrice.entrySet().stream()
                .filter(e -> e.getValue() > 1)
                .map(e -> e.getValue() + " bids at " + e.getKey().toPlainString())
                .toList();
        if (repeated.isEmpty()) {
            return Optional.empty();
        }
        return flag(
                "Different suppliers offered the same price: " + String.join("; ", repeated) + ".",
                List.of(counted.get().eventId()));
    }
}
