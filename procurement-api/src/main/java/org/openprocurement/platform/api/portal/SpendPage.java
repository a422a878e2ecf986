package org.openprocurement.platform.api.portal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;

/** Spend per agency: a bar chart drawn as SVG on the server, and the same numbers in a table. */
final class SpendPage {

    private static final int LABEL = 260;
    private static final int BAR = 300;
    private static final int ROW = 34;

    private SpendPage() {}

    static String render(List<AgencySpend> spend) {
        StringBuilder out = new StringBuilder("<h1>Spend by agency</h1>\n")
                .append("<p>The value awarded by each using agency in its published procurement processes, per")
                .append(" currency. Award values withheld from publication are counted but not summed.</p>\n");
        if (spend.isEmpty()) {
            return out.append("<p>No award has been published yet.</p>\n").toString();
        }
        for (String currency :
                spend.stream().map(AgencySpend::currency).distinct().toList()) {
            out.append(chart(
                    currency,
                    spend.stream().filter(s -> s.currency().equals(currency)).toList()));
        }
        out.append("<table>\n<caption>Awarded value per agency</caption>\n<thead><tr>")
                .append("<th scope=\"col\">Agency</th><th scope=\"col\" class=\"num\">Awards</th>")
                .append("<th scope=\"col\" class=\"num\">Awarded value</th>")
                .append("<th scope=\"col\" class=\"num\">Awards with the value withheld</th></tr></thead>\n<tbody>\n");
        for (AgencySpend s : spend) {
            out.append("<tr><th scope=\"row\">")
                    .append(Html.esc(s.agencyName()))
                    .append("</th><td class=\"num\">")
                    .append(s.awards())
                    .append("</td><td class=\"num\">")
                    .append(Html.money(s.total(), s.currency()))
                    .append("</td><td class=\"num\">")
                    .append(s.withheld())
                    .append("</td></tr>\n");
        }
        return out.append("</tbody>\n</table>\n").toString();
    }

    private static String chart(String currency, List<AgencySpend> rows) {
        BigDecimal max = rows.stream().map(AgencySpend::total).reduce(BigDecimal.ZERO, BigDecimal::max);
        int height = ROW * rows.size() + 10;
        int width = LABEL + BAR + 200;
        String id = "spend-" + currency.toLowerCase(Locale.ROOT);
        StringBuilder svg = new StringBuilder("<figure>\n<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\"")
                .append(" width=\"100%\" style=\"max-width:")
                .append(width)
                .append("px\" viewBox=\"0 0 ")
                .append(width)
                .append(' ')
                .append(height)
                .append("\" aria-labelledby=\"")
                .append(id)
                .append("-title ")
                .append(id)
                .append("-desc\">\n<title id=\"")
                .append(id)
                .append("-title\">Awarded value per agency in ")
                .append(Html.esc(currency))
                .append("</title>\n<desc id=\"")
                .append(id)
                .append("-desc\">");
        for (AgencySpend s : rows) {
            svg.append(Html.esc(s.agencyName()))
                    .append(": ")
                    .append(Html.money(s.total(), s.currency()))
                    .append(". ");
        }
        svg.append("</desc>\n");
        int y = 5;
        for (AgencySpend s : rows) {
            int length = max.signum() == 0
                    ? 0
                    : s.total()
                            .multiply(BigDecimal.valueOf(BAR))
                            .divide(max, MathContext.DECIMAL64)
                            .intValue();
            svg.append("<text x=\"")
                    .append(LABEL - 8)
                    .append("\" y=\"")
                    .append(y + 20)
                    .append("\" text-anchor=\"end\" font-size=\"14\">")
                    .append(Html.esc(s.agencyName()))
                    .append("</text>\n<rect x=\"")
                    .append(LABEL)
                    .append("\" y=\"")
                    .append(y + 4)
                    .append("\" width=\"")
                    .append(Math.max(length, 1))
                    .append("\" height=\"22\" fill=\"#8a1c1c\"/>\n<text x=\"")
                    .append(LABEL + Math.max(length, 1) + 8)
                    .append("\" y=\"")
                    .append(y + 20)
                    .append("\" font-size=\"14\">")
                    .append(Html.money(s.total(), s.currency()))
                    .append("</text>\n");
            y += ROW;
        }
        return svg.append("</svg>\n<figcaption>Awarded value per agency in ")
                .append(Html.esc(currency))
                .append(" (the numbers are in the table below)</figcaption>\n</figure>\n")
                .toString();
    }
}
