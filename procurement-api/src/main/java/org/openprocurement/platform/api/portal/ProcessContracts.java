package org.openprocurement.platform.api.portal;

import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;

/** The contracts and payments section of a process page: what exists, and only that. */
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
            return out.append("<p>No contract has been published for this process.</p>\n")
                    .toString();
        }
        for (PublicContract c : contracts) {
            out.append("<table>\n<caption>Contract ")
                    .append(Html.esc(c.contractId()))
                    .append(" with ")
                    .append(Html.esc(names.apply(c.supplierId())))
                    .append(": ")
                    .append(Html.esc(c.status()))
                    .append(", signed ")
                    .append(Html.time(c.signedAt(), zone))
                    .append(", value ")
                    .append(valuesWithheld || c.value() == null ? Html.withheld() : Html.money(c.value(), c.currency()))
                    .append("</caption>\n<thead><tr><th scope=\"col\">Paid</th><th scope=\"col\">For</th>")
                    .append("<th scope=\"col\" class=\"num\">Amount</th></tr></thead>\n<tbody>\n");
            for (PublicPayment p : c.payments()) {
                out.append("<tr><td>")
                        .append(Html.time(p.paidAt(), zone))
                        .append("</td><td>")
                        .append(p.milestone() == null ? "—" : Html.esc(p.milestone()))
                        .append("</td><td class=\"num\">")
                        .append(valuesWithheld ? Html.withheld() : Html.money(p.amount(), c.currency()))
                        .append("</td></tr>\n");
            }
            if (c.payments().isEmpty()) {
                out.append("<tr><td colspan=\"3\">No payment has been made under this contract.</td></tr>\n");
            }
            out.append("</tbody>\n</table>\n");
        }
        return out.toString();
    }
}
