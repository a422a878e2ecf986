package org.openprocurement.platform.api.portal;

import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.openprocurement.platform.api.disclosurerequest.DisclosureRequestResponse;

/** The disclosure requests about a process, with their status and answers, and how to file one. */
final class ProcessDisclosureRequests {

    private ProcessDisclosureRequests() {}

    static String render(UUID processId, List<DisclosureRequestResponse> requests, ZoneId zone) {
        StringBuilder out = new StringBuilder("<h2 id=\"disclosure-requests\">Disclosure on request</h2>\n")
                .append("<p>Anyone may ask the responsible agency for information about this process, without")
                .append(" signing in; it answers within 15 working days, or 30 when it extends the time once with a")
                .append(" reason. Requests and answers are published here.</p>\n")
                .append(form(processId));
        if (requests.isEmpty()) {
            return out.append("<p>No disclosure request has been filed about this process.</p>\n")
                    .toString();
        }
        out.append("<table>\n<caption>Disclosure requests and answers</caption>\n<thead><tr>")
                .append("<th scope=\"col\">Asked</th><th scope=\"col\">Request</th><th scope=\"col\">Status</th>")
                .append("<th scope=\"col\">Answer due</th><th scope=\"col\">Answer</th></tr></thead>\n<tbody>\n");
        for (DisclosureRequestResponse r : requests) {
            out.append("<tr><td>")
                    .append(Html.time(r.requestedAt(), zone))
                    .append("</td><td>")
                    .append(Html.esc(r.information()))
                    .append("</td><td>")
                    .append(status(r))
                    .append("</td><td>")
                    .append(Html.time(r.dueAt(), zone))
                    .append(r.extensionReason() == null ? "" : " (extended: " + Html.esc(r.extensionReason()) + ")")
                    .append("</td><td>")
                    .append(answer(r))
                    .append("</td></tr>\n");
        }
        return out.append("</tbody>\n</table>\n").toString();
    }

    private static String form(UUID processId) {
        return "<form method=\"post\" action=\"/processes/" + processId + "/disclosure-requests\">\n"
                + "<label for=\"information\">What information do you ask for?</label>\n"
                + "<textarea id=\"information\" name=\"information\" rows=\"4\" cols=\"70\" maxlength=\"2000\""
                + " required></textarea>\n<p><button type=\"submit\">Send the request</button></p>\n</form>\n";
    }

    private static String status(DisclosureRequestResponse r) {
        return switch (r.status()) {
            case "ANSWERED" -> r.answeredLate() ? "answered late" : "answered";
            case "OVERDUE" -> "overdue: the answer is late";
            case "EXTENDED" -> "waiting for the answer (time extended)";
            default -> "waiting for the answer";
        };
    }

    private static String answer(DisclosureRequestResponse r) {
        if (r.decision() == null) {
            return "—";
        }
        String disclosed = r.disclosedInformation() == null ? "" : " " + Html.esc(r.disclosedInformation());
        String grounds = r.grounds() == null ? "" : " Grounds: " + Html.esc(r.grounds());
        return Html.words(r.decision()) + ":" + disclosed + grounds;
    }
}
