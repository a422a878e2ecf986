package org.openprocurement.platform.api.portal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.openprocurement.platform.api.disclosurerequest.DisclosureRequestResponse;
import org.openprocurement.platform.api.portal.PortalQueries.Award;
import org.openprocurement.platform.api.portal.PortalQueries.OpenedBid;
import org.openprocurement.platform.api.tender.TenderResponse;

/**
 * One process: its terms, its public timeline, the opening, awards, contracts and payments, challenges and
 * complaints, public comments, disclosure requests.
 */
final class ProcessPage {

    /**
     * What the page shows.
     *
     * @param contracts the published contracts, or null when no contract records are connected to the portal
     */
    record Model(
            TenderResponse tender,
            Set<String> masked,
            List<OpenedBid> openedBids,
            List<Award> awards,
            List<PublicContract> contracts,
            List<PublicRating> ratings,
            List<PublicChallenge> challenges,
            List<PublicComplaint> complaints,
            List<PublicComment> comments,
            List<DisclosureRequestResponse> requests,
            Function<String, String> names,
            ZoneId zone) {}

    private ProcessPage() {}

    static String render(Model m) {
        TenderResponse t = m.tender();
        StringBuilder out = new StringBuilder();
        out.append("<h1>").append(Html.esc(t.title())).append("</h1>\n");
        out.append("<p>").append(Html.esc(t.description())).append("</p>\n");
        out.append(summary(m));
        out.append(items(m));
        out.append(ProcessTimeline.render(m));
        out.append(opening(m));
        out.append(awards(m));
        out.append(ProcessContracts.render(m.contracts(), Masks.awardValueWithheld(m.masked()), m.names(), m.zone()));
        out.append(ratings(m));
        out.append(ProcessAppeals.render(m.challenges(), m.complaints(), m.names(), m.zone()));
        out.append(ProcessAppeals.comments(m.comments(), m.zone()));
        out.append(ProcessDisclosureRequests.render(t.id(), m.requests(), m.zone()));
        return out.toString();
    }

    private static String summary(Model m) {
        TenderResponse t = m.tender();
        return "<h2>Terms</h2>\n<dl>\n"
                + entry("Status", Html.words(t.status()))
                + entry("Using agency", Html.esc(m.names().apply(t.buyerId())))
                + entry("Purchasing agency", Html.esc(m.names().apply(t.procuringEntityId())))
                + entry("Method", Html.words(t.method()))
                + entry("Category", Html.words(t.category()))
                + entry("Award criteria", Html.words(t.awardCriteria()))
                + entry("Bid deadline", Html.time(t.tenderPeriodEnd(), m.zone()))
                + entry(
                        "Budget (estimate)",
                        Masks.budgetWithheld(m.masked())
                                ? Html.withheld()
                                : Html.money(t.estimatedValue(), t.currency()))
                + "</dl>\n";
    }

    private static String items(Model m) {
        if (Masks.itemsWithheld(m.masked())) {
            return "<h2>Items</h2>\n<p>The items of this process are " + Html.withheld() + ".</p>\n";
        }
        boolean valueWithheld = Masks.budgetWithheld(m.masked());
        StringBuilder out = new StringBuilder("<h2>Items</h2>\n<table>\n<caption>Items to be procured</caption>\n")
                .append("<thead><tr><th scope=\"col\">Item</th><th scope=\"col\">Classification</th>")
                .append("<th scope=\"col\" class=\"num\">Quantity</th><th scope=\"col\">Unit</th>")
                .append("<th scope=\"col\" class=\"num\">Estimated value</th></tr></thead>\n<tbody>\n");
        for (JsonNode item : m.tender().items()) {
            out.append("<tr><th scope=\"row\">")
                    .append(Html.esc(item.path("description").asText()))
                    .append("</th><td>")
                    .append(Html.esc(item.path("classificationCode").asText()))
                    .append("</td><td class=\"num\">")
                    .append(Html.esc(item.path("quantity").decimalValue().toPlainString()))
                    .append("</td><td>")
                    .append(Html.esc(item.path("unit").asText()))
                    .append("</td><td class=\"num\">")
                    .append(
                            valueWithheld
                                    ? Html.withheld()
                                    : Html.money(
                                            item.path("estimatedValue").decimalValue(),
                                            m.tender().currency()))
                    .append("</td></tr>\n");
        }
        return out.append("</tbody>\n</table>\n").toString();
    }

    private static String opening(Model m) {
        StringBuilder out = new StringBuilder("<h2>Opening</h2>\n");
        if (m.tender().openedAt() == null) {
            return out.append("<p>Bids stay sealed until the deadline; nothing about them, not even how many there")
                    .append(" are, is public before the opening.</p>\n")
                    .toString();
        }
        long counted = m.openedBids().stream().filter(OpenedBid::counted).count();
        out.append("<p>Opened ")
                .append(Html.time(m.tender().openedAt(), m.zone()))
                .append(": ")
                .append(m.openedBids().size())
                .append(m.openedBids().size() == 1 ? " bid" : " bids")
                .append(" received, ")
                .append(counted)
                .append(" counted.</p>\n");
        if (m.openedBids().isEmpty()) {
            return out.toString();
        }
        boolean priceWithheld = Masks.awardValueWithheld(m.masked());
        out.append("<table>\n<caption>Bids as read out at the opening</caption>\n")
                .append("<thead><tr><th scope=\"col\">Supplier</th><th scope=\"col\" class=\"num\">Price</th>")
                .append("<th scope=\"col\">Counted</th></tr></thead>\n<tbody>\n");
        for (OpenedBid bid : m.openedBids()) {
            out.append("<tr><th scope=\"row\">")
                    .append(Html.esc(m.names().apply(bid.supplierId())))
                    .append("</th><td class=\"num\">")
                    .append(
                            priceWithheld
                                    ? Html.withheld()
                                    : Html.money(bid.price(), m.tender().currency()))
                    .append("</td><td>")
                    .append(bid.counted() ? "yes" : "no: not confirmed after the last amendment")
                    .append("</td></tr>\n");
        }
        return out.append("</tbody>\n</table>\n").toString();
    }

    private static String awards(Model m) {
        StringBuilder out = new StringBuilder("<h2>Awards</h2>\n");
        if (m.awards().isEmpty()) {
            return out.append("<p>No award has been made.</p>\n").toString();
        }
        out.append("<table>\n<caption>Awards</caption>\n<thead><tr><th scope=\"col\">Supplier</th>")
                .append("<th scope=\"col\" class=\"num\">Value</th><th scope=\"col\">Awarded</th>")
                .append("<th scope=\"col\">Standstill ends</th><th scope=\"col\">In force</th></tr></thead>\n")
                .append("<tbody>\n");
        for (Award award : m.awards()) {
            out.append("<tr><th scope=\"row\">")
                    .append(Html.esc(m.names().apply(award.supplierId())))
                    .append("</th><td class=\"num\">")
                    .append(
                            Masks.awardValueWithheld(m.masked())
                                    ? Html.withheld()
                                    : Html.money(award.value(), m.tender().currency()))
                    .append("</td><td>")
                    .append(Html.time(award.awardedAt(), m.zone()))
                    .append("</td><td>")
                    .append(Html.time(award.standstillEndsAt(), m.zone()))
                    .append("</td><td>")
                    .append(
                            award.voidedAt() == null
                                    ? "yes"
                                    : "no: void since " + Html.time(award.voidedAt(), m.zone()))
                    .append("</td></tr>\n");
        }
        return out.append("</tbody>\n</table>\n").toString();
    }

    private static String ratings(Model m) {
        if (m.ratings() == null) {
            return "";
        }
        StringBuilder out = new StringBuilder("<h2>Efficiency ratings of the agencies</h2>\n<p>How the parties")
                .append(
                        " rated the completed contracts of public processes each agency took part in, 1 to 5.</p>\n<dl>\n");
        for (PublicRating r : m.ratings()) {
            out.append(entry(
                    m.names().apply(r.agencyId()),
                    r.ratings() == 0
                            ? "no rated contract yet"
                            : r.averageScore().toPlainString() + " of 5 from " + r.ratings()
                                    + (r.ratings() == 1 ? " rating" : " ratings") + " on " + r.contracts()
                                    + (r.contracts() == 1 ? " contract" : " contracts")));
        }
        return out.append("</dl>\n").toString();
    }

    private static String entry(String term, String definition) {
        return "<dt>" + Html.esc(term) + "</dt><dd>" + definition + "</dd>\n";
    }
}
