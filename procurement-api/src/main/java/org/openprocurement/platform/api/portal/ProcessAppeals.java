package org.openprocurement.platform.api.portal;

import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;

/** The challenges, complaints and public comments sections of a process page: what of each is public. */
final class ProcessAppeals {

    private ProcessAppeals() {}

    static String render(
            List<PublicChallenge> challenges,
            List<PublicComplaint> complaints,
            Function<String, String> names,
            ZoneId zone) {
        StringBuilder out = new StringBuilder("<h2 id=\"appeals\">Challenges and complaints</h2>\n");
        if (challenges.isEmpty() && complaints.isEmpty()) {
            return out.append("<p>No challenge or complaint has been filed about this process.</p>\n")
                    .toString();
        }
        if (!challenges.isEmpty()) {
            out.append("<p>Who challenged, on what grounds, and the answer go to the parties; the public sees what")
                    .append(" each challenge is about and whether it was answered in time.</p>\n")
                    .append("<table>\n<caption>Challenges</caption>\n<thead><tr><th scope=\"col\">About</th>")
                    .append("<th scope=\"col\">Filed</th><th scope=\"col\">Answer due</th>")
                    .append("<th scope=\"col\">Answered</th></tr></thead>\n<tbody>\n");
            for (PublicChallenge c : challenges) {
                out.append("<tr><th scope=\"row\">the ")
                        .append(Html.words(c.subject()))
                        .append("</th><td>")
                        .append(Html.time(c.filedAt(), zone))
                        .append("</td><td>")
                        .append(Html.time(c.answerDueAt(), zone))
                        .append("</td><td>")
                        .append(answered(c, zone))
                        .append("</td></tr>\n");
            }
            out.append("</tbody>\n</table>\n");
        }
        for (PublicComplaint c : complaints) {
            out.append(complaint(c, names, zone));
        }
        return out.toString();
    }

    private static String answered(PublicChallenge c, ZoneId zone) {
        if (c.answeredAt() == null) {
            return "OVERDUE".equals(c.status()) ? "not answered in time" : "not yet";
        }
        return Html.time(c.answeredAt(), zone) + (Boolean.TRUE.equals(c.late()) ? ", late" : ", in time");
    }

    private static String complaint(PublicComplaint c, Function<String, String> names, ZoneId zone) {
        StringBuilder out = new StringBuilder("<h3>Complaint filed ")
                .append(Html.time(c.filedAt(), zone))
                .append("</h3>\n<dl>\n");
        if (c.decidedAt() == null) {
            out.append(entry("Status", "OVERDUE".equals(c.status()) ? "not decided in time" : "being examined"))
                    .append(entry("Decision due", Html.time(c.decisionDueAt(), zone)));
        } else {
            out.append(entry("Complainant", Html.esc(names.apply(c.complainantId()))))
                    .append(entry("Grounds", Html.esc(c.grounds())))
                    .append(entry("Decision", Html.words(c.outcome()) + ", " + Html.time(c.decidedAt(), zone)))
                    .append(entry("Reasoning", Html.esc(c.reasoning())));
        }
        if (c.suspended()) {
            out.append(entry("Procurement", "suspended while the complaint is examined"));
        }
        return out.append("</dl>\n").toString();
    }

    /** Public comments and questions with the agency's replies. */
    static String comments(List<PublicComment> comments, ZoneId zone) {
        StringBuilder out = new StringBuilder("<h2 id=\"comments\">Public comments and questions</h2>\n");
        if (comments.isEmpty()) {
            return out.append("<p>No comment or question has been submitted on this process.</p>\n")
                    .toString();
        }
        out.append("<ol class=\"comments\">\n");
        for (PublicComment c : comments) {
            out.append("<li><p>")
                    .append("QUESTION".equals(c.kind()) ? "Question" : "Comment")
                    .append(", ")
                    .append(Html.time(c.submittedAt(), zone))
                    .append(": ")
                    .append(Html.esc(c.text()))
                    .append("</p>\n<p>");
            if (c.repliedAt() != null) {
                out.append("Reply, ")
                        .append(Html.time(c.repliedAt(), zone))
                        .append(": ")
                        .append(Html.esc(c.reply()));
            } else if ("OVERDUE".equals(c.status())) {
                out.append("Not replied to in time; the reply was due ").append(Html.time(c.replyDueAt(), zone));
            } else {
                out.append("Awaiting the reply, due ").append(Html.time(c.replyDueAt(), zone));
            }
            out.append("</p></li>\n");
        }
        return out.append("</ol>\n").toString();
    }

    private static String entry(String term, String definition) {
        return "<dt>" + Html.esc(term) + "</dt><dd>" + definition + "</dd>\n";
    }
}
