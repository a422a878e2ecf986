package org.openprocurement.platform.api.portal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.openprocurement.platform.api.portal.PortalQueries.Award;
import org.openprocurement.platform.api.portal.PortalQueries.OpenedBid;
import org.openprocurement.platform.api.tender.AmendmentResponse;
import org.openprocurement.platform.api.tender.EnquiryResponse;
import org.openprocurement.platform.api.tender.TenderResponse;

/** The public timeline of a process, oldest first: publication, amendments, answers, opening, outcome. */
final class ProcessTimeline {

    private record Entry(Instant at, String heading, String body) {}

    private ProcessTimeline() {}

    static String render(ProcessPage.Model m) {
        TenderResponse t = m.tender();
        List<Entry> entries = new ArrayList<>();
        entries.add(new Entry(
                t.publishedAt(),
                "Published",
                "Tender notice published by " + Html.esc(m.names().apply(t.procuringEntityId())) + "."));
        for (AmendmentResponse a : t.amendments()) {
            String moved = a.deadlineExtended()
                    ? " The bid deadline moved to " + Html.time(a.tenderPeriodEnd(), m.zone()) + "."
                    : "";
            entries.add(new Entry(
                    a.amendedAt(),
                    "Amendment " + a.number(),
                    Html.esc(a.description()) + " Reason: " + Html.esc(a.rationale()) + "." + moved));
        }
        for (EnquiryResponse e : t.enquiries()) {
            if (e.answeredAt() != null) {
                entries.add(new Entry(
                        e.answeredAt(),
                        "Enquiry answered",
                        "Question: " + Html.esc(e.question()) + "<br>Answer: " + Html.esc(e.answer())));
            }
        }
        if (t.openedAt() != null) {
            long counted = m.openedBids().stream().filter(OpenedBid::counted).count();
            entries.add(new Entry(
                    t.openedAt(), "Bids opened", m.openedBids().size() + " received, " + counted + " counted."));
        }
        for (Award award : m.awards()) {
            String value =
                    Masks.awardValueWithheld(m.masked()) ? Html.withheld() : Html.money(award.value(), t.currency());
            entries.add(new Entry(
                    award.awardedAt(),
                    "Awarded",
                    "To " + Html.esc(m.names().apply(award.supplierId())) + " for " + value + "; the standstill ends "
                            + Html.time(award.standstillEndsAt(), m.zone()) + "."));
            if (award.voidedAt() != null) {
                entries.add(new Entry(
                        award.voidedAt(),
                        "Award void",
                        "The award to " + Html.esc(m.names().apply(award.supplierId()))
                                + " was made void by a complaint decision."));
            }
        }
        if ("FAILED".equals(t.status())) {
            entries.add(new Entry(t.concludedAt(), "Failed", Html.esc(t.failureReason())));
        }
        if (t.cancelledAt() != null) {
            entries.add(new Entry(t.cancelledAt(), "Cancelled", "Reason: " + Html.esc(t.cancellationReason())));
        }
        entries.sort(Comparator.comparing(Entry::at, Comparator.nullsLast(Comparator.naturalOrder())));
        StringBuilder out = new StringBuilder("<h2>Timeline</h2>\n<ol class=\"timeline\">\n");
        for (Entry entry : entries) {
            out.append("<li><h3>")
                    .append(Html.esc(entry.heading()))
                    .append("</h3><p>")
                    .append(Html.time(entry.at(), m.zone()))
                    .append(": ")
                    .append(entry.body())
                    .append("</p></li>\n");
        }
        return out.append("</ol>\n").toString();
    }
}
