package org.openprocurement.platform.audit.redflag;

import java.util.List;
import java.util.Optional;
import org.openprocurement.platform.core.method.ProcurementMethod;
import org.openprocurement.platform.core.tender.event.TenderDrafted;

/** Indicator 1: a competitive procedure drew a single bid. */
final class SingleBid implements Indicator {

    @Override
    public String code() {
        return "single-bid";
    }

    @Override
    public String title() {
        return "Single bid in a competitive procedure";
    }

    @Override
    public String method() {
        return "The procedure is not single source, and exactly one bid was counted when the tender box was opened"
                + " (BidsOpened).";
    }

    @Override
    public String source() {
        return "Fazekas, Toth and King, Corruption Risk Index (single bidding); Open Contracting Partnership, Red"
                + " Flags for Integrity (only one bid received); DOZORRO risk indicators (one participant).";
    }

    @Override
    public Optional<RedFlag> assess(ProcessRecord process, RedFlagContext context) {
        var drafted = process.first(TenderDrafted.class);
        var counted = process.countedBids();
        if (drafted.isEmpty() || counted.isEmpty()) {
            return Optional.empty();
        }
        if (drafted.get().event().method() == ProcurementMethod.SINGLE_SOURCE
                || counted.get().event().size() != 1) {
            return Optional.empty();
        }
        return flag(
                "One bid was counted at the opening of a "
                        + Methods.name(drafted.get().event().method()) + ".",
                List.of(drafted.get().eventId(), counted.get().eventId()));
    }
}
