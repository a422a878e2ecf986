package org.openprocurement.platform.audit.redflag;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.openprocurement.platform.core.method.ProcurementMethod;
import org.openprocurement.platform.core.tender.event.TenderDrafted;
import org.openprocurement.platform.core.tender.event.TenderPublished;

/** Indicator 2: bidders had less time than the method's legal minimum, or under 15 days. */
final class ShortTenderingPeriod implements Indicator {

    static final Duration SHORT = Duration.ofDays(15);

    @Override
    public String code() {
        return "short-tendering-period";
    }

    @Override
    public String title() {
        return "Tendering period below the method's minimum or under 15 days";
    }

    @Override
    public String method() {
        return "From publication (TenderPublished) to the bid deadline in force at the end (the last TenderAmended,"
                + " else the published one): flagged when the deadline falls before the earliest the rule table"
                + " allows for the method on the day of publication, or, for a competitive method, when the"
                + " period is shorter than 15 days.";
    }

    @Override
    public String source() {
        return "Fazekas, Toth and King, Corruption Risk Index (length of the advertisement period); Open Contracting"
                + " Partnership, Red Flags for Integrity (short time frame for submission of bids); EU Directive"
                + " 2014/24 art. 27 (35 days for an open procedure); MOF Order No. 87 (2017) art. 18.";
    }

    @Override
    public Optional<RedFlag> assess(ProcessRecord process, RedFlagContext context) {
        var drafted = process.first(TenderDrafted.class);
        var published = process.first(TenderPublished.class);
        var deadline = process.finalDeadline();
        if (drafted.isEmpty() || published.isEmpty() || deadline.isEmpty()) {
            return Optional.empty();
        }
        ProcurementMethod method = drafted.get().event().method();
        Instant publishedAt = published.get().event().publishedAt();
        Instant end = deadline.get().event();
        Duration period = Duration.between(publishedAt, end);
        boolean belowMinimum = end.isBefore(context.tenderingPeriods().earliestDeadline(method, publishedAt));
        boolean short15 = method != ProcurementMethod.SINGLE_SOURCE && period.compareTo(SHORT) < 0;
        if (!belowMinimum && !short15) {
            return Optional.empty();
        }
        List<String> events =
                new ArrayList<>(List.of(drafted.get().eventId(), published.get().eventId()));
        if (!deadline.get().eventId().equals(published.get().eventId())) {
            events.add(deadline.get().eventId());
        }
        String detail = "Bidders had " + days(period) + " from publication to the deadline under "
                + Methods.name(method)
                + (belowMinimum ? ", less than the method's legal minimum." : ", under 15 days.");
        return flag(detail, events);
    }

    private static String days(Duration period) {
        long minutes = period.toMinutes();
        return minutes % 1440 == 0
                ? minutes / 1440 + " days"
                : String.format(Locale.ROOT, "%.1f days", minutes / 1440.0);
    }
}
