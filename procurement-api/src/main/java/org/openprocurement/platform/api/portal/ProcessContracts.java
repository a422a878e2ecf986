package org.openprocurement.platform.api.portal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;

/** The contracts section of a process page: each signed contract, its milestones and its payments. */
final class ProcessContracts {

    private ProcessContracts() {}

    static String render(
            List<PublicContract> contracts, boolean valuesWithheld, Function<String, String> names, ZoneId zone) {
        StringBuilder out = new StringBuilder("<h2>Contracts and payments</h2>\n");
        if (contracts == null) {
            return out.append("<p>Contract records are not yet published through this portal.</p>\n")
                    .toString();
        }
        if (contracts.isEmpty()) {
            return out.append("<p>No contract has been signed for this process yet.</p>\n")
                    .toString();
        }
        for (PublicContract c : contracts) {
            out.append("<h3>Contract with ")
                    .append(Html.esc(names.apply(c.supplierId())))
                    .append("</h3>\n<dl>\n")
                    .append(entry("Contract", Html.esc(c.contractId())))
                    .append(entry("Status", Html.words(c.status())))
                    .append(entry("Signed", Html.time(c.signedAt(), zone)))
                    .append(entry("Value", amount(c.value(), c.currency(), valuesWithheld)))
                    .append("</dl>\n");
            out.append(milestones(c, valuesWithheld));
            out.append(payments(c, valuesWithheld, zone));
        }
        return out.toString();
    }

    private static String milestones(PublicContract c, boolean valuesWithheld) {
        if (c.milestones().isEmpty()) {
            return "<p>No milestone has been set under this contract.</p>\n";
        }
        StringBuilder out = new StringBuilder("<table>\n<caption>Milestones</caption>\n<thead><tr>")
                .append("<th scope=\"col\">Milestone</th><th scope=\"col\">Kind</th><th scope=\"col\">Due</th>")
                .append(
                        "<th scope=\"col\" class=\"num\">Amount</th><th scope=\"col\">Met</th></tr></thead>\n<tbody>\n");
        for (PublicMilestone m : c.milestones()) {
            out.append("<tr><th scope=\"row\">")
                    .append(Html.esc(m.title()))
                    .append("</th><td>")
                    .append(Html.words(m.type()))
                    .append("</td><td>")
                    .append(date(m.dueDate()))
                    .append("</td><td class=\"num\">")
                    .append("PAYMENT".equals(m.type()) ? amount(m.amount(), c.currency(), valuesWithheld) : "—")
                    .append("</td><td>")
                    .append(m.metAt() == null ? "pending" : "met")
                    .append("</td></tr>\n");
        }
        return out.append("</tbody>\n</table>\n").toString();
    }

    private static String payments(PublicContract c, boolean valuesWithheld, ZoneId zone) {
        StringBuilder out = new StringBuilder("<table>\n<caption>Payments</caption>\n<thead><tr>")
                .append("<th scope=\"col\">Paid</th><th scope=\"col\">For</th>")
                .append("<th scope=\"col\" class=\"num\">Amount</th></tr></thead>\n<tbody>\n");
        for (PublicPayment p : c.payments()) {
            out.append("<tr><td>")
                    .append(Html.time(p.paidAt(), zone))
                    .append("</td><td>")
                    .append(p.milestone() == null ? "—" : Html.esc(p.milestone()))
                    .append("</td><td class=\"num\">")
                    .append(amount(p.amount(), c.currency(), valuesWithheld))
                    .append("</td></tr>\n");
        }
        if (c.payments().isEmpty()) {
            out.append("<tr><td colspan=\"3\">No payment has been made under this contract.</td></tr>\n");
        }
        return out.append("</tbody>\n</table>\n").toString();
    }

    private static String amount(BigDecimal value, String currency, boolean withheld) {
        return withheld || value == null ? Html.withheld() : Html.money(value, currency);
    }

    private static String date(LocalDate date) {
        return date == null ? "—" : "<time datetime=\"" + date + "\">" + date + "</time>";
    }

    private static String entry(String term, String definition) {
        return "<dt>" + Html.esc(term) + "</dt><dd>" + definition + "</dd>\n";
    }
}
