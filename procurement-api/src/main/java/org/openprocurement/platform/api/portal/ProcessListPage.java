package org.openprocurement.platform.api.portal;

import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.openprocurement.platform.api.portal.PortalQueries.ProcessRow;

/** The list of public processes: a filter form that works without script, a captioned table, and paging links. */
final class ProcessListPage {

    static final List<String> STATUSES = List.of("PUBLISHED", "OPENED", "AWARDED", "FAILED", "CANCELLED");

    /**
     * What the list shows.
     *
     * @param rows the processes on this page
     * @param page this page, from 1
     * @param pages how many pages there are (at least 1)
     * @param total how many processes match the filter
     */
    record Model(
            List<ProcessRow> rows,
            int page,
            int pages,
            int total,
            String status,
            String agency,
            List<String> agencies,
            Function<UUID, Set<String>> masks,
            Function<String, String> names,
            ZoneId zone) {}

    private ProcessListPage() {}

    static String render(Model m) {
        StringBuilder out = new StringBuilder();
        out.append("<h1>Procurement processes</h1>\n");
        out.append("<p>Every published procurement process, newest first: its method, status, bid deadline and")
                .append(" estimated budget. Open a process for its full public record.</p>\n");
        out.append(filter(m));
        out.append("<table>\n<caption>Processes")
                .append(m.status() == null ? "" : " with status " + Html.words(m.status()))
                .append(m.agency() == null ? "" : " of " + Html.esc(m.names().apply(m.agency())))
                .append(": ")
                .append(m.total())
                .append(m.total() == 1 ? " process" : " processes")
                .append(", page ")
                .append(m.page())
                .append(" of ")
                .append(m.pages())
                .append("</caption>\n<thead><tr><th scope=\"col\">Process</th><th scope=\"col\">Agency</th>")
                .append("<th scope=\"col\">Method</th><th scope=\"col\">Status</th>")
                .append("<th scope=\"col\">Bid deadline</th><th scope=\"col\" class=\"num\">Budget (estimate)</th>")
                .append("</tr></thead>\n<tbody>\n");
        for (ProcessRow row : m.rows()) {
            Set<String> masked = m.masks().apply(row.id());
            out.append("<tr><th scope=\"row\"><a href=\"/processes/")
                    .append(row.id())
                    .append("\">")
                    .append(Html.esc(row.title()))
                    .append("</a></th><td>")
                    .append(Html.esc(m.names().apply(row.buyerId())))
                    .append("</td><td>")
                    .append(Html.words(row.method()))
                    .append("</td><td>")
                    .append(Html.words(row.status()))
                    .append("</td><td>")
                    .append(Html.time(row.deadline(), m.zone()))
                    .append("</td><td class=\"num\">")
                    .append(
                            Masks.budgetWithheld(masked)
                                    ? Html.withheld()
                                    : Html.money(row.estimatedValue(), row.currency()))
                    .append("</td></tr>\n");
        }
        if (m.rows().isEmpty()) {
            out.append("<tr><td colspan=\"6\">No published process matches.</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
        out.append(paging(m));
        return out.toString();
    }

    private static String filter(Model m) {
        StringBuilder out = new StringBuilder("<form class=\"filter\" method=\"get\" action=\"/\">\n");
        out.append("<div><label for=\"status\">Status</label><select id=\"status\" name=\"status\">")
                .append("<option value=\"\">Any status</option>");
        for (String status : STATUSES) {
            out.append(option(status, Html.words(status), status.equals(m.status())));
        }
        out.append("</select></div>\n<div><label for=\"agency\">Agency</label><select id=\"agency\" name=\"agency\">")
                .append("<option value=\"\">Any agency</option>");
        for (String agency : m.agencies()) {
            out.append(option(agency, Html.esc(m.names().apply(agency)), agency.equals(m.agency())));
        }
        return out.append("</select></div>\n<div><button type=\"submit\">Show processes</button></div>\n</form>\n")
                .toString();
    }

    private static String option(String value, String label, boolean selected) {
        return "<option value=\"" + Html.esc(value) + "\"" + (selected ? " selected" : "") + ">" + label + "</option>";
    }

    private static String paging(Model m) {
        if (m.pages() <= 1) {
            return "";
        }
        StringBuilder out = new StringBuilder("<nav aria-label=\"Pages\"><ul>");
        if (m.page() > 1) {
            out.append("<li><a rel=\"prev\" href=\"")
                    .append(href(m, m.page() - 1))
                    .append("\">Previous page</a></li>");
        }
        if (m.page() < m.pages()) {
            out.append("<li><a rel=\"next\" href=\"")
                    .append(href(m, m.page() + 1))
                    .append("\">Next page</a></li>");
        }
        return out.append("</ul></nav>\n").toString();
    }

    private static String href(Model m, int page) {
        StringBuilder query = new StringBuilder("/?page=").append(page);
        if (m.status() != null) {
            query.append("&amp;status=").append(Html.esc(m.status()));
        }
        if (m.agency() != null) {
            query.append("&amp;agency=").append(Html.esc(m.agency()));
        }
        return query.toString();
    }
}
