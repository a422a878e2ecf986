package org.openprocurement.platform.api.portal;

/** The frame every portal page shares: language, title, navigation, a skip link and a readable style; no script. */
final class PortalLayout {

    static final String PROCESSES = "/";
    static final String SPEND = "/spend";

    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;line-height:1.5;margin:0;color:#1b1b1b;\
            background:#fff}
            header,main,footer{max-width:72rem;margin:0 auto;padding:0 1rem}
            header{border-bottom:3px solid #8a1c1c}
            .site{font-size:1.25rem;font-weight:700;margin:.75rem 0 .25rem}
            nav ul{list-style:none;display:flex;gap:1.5rem;padding:0;margin:.25rem 0 .75rem}
            a{color:#0b4f8a}a:focus{outline:3px solid #f2a900;outline-offset:2px}
            [aria-current=page]{font-weight:700;text-decoration:none}
            .skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem}
            table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}
            caption{text-align:left;font-weight:700;padding:.25rem 0}
            th,td{border-bottom:1px solid #c9c9c9;padding:.4rem .5rem;text-align:left;vertical-align:top}
            td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
            dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}dt{font-weight:700}dd{margin:0}
            ol.timeline{padding-left:1.25rem}ol.timeline li{margin-bottom:.75rem}
            .withheld{font-style:italic;color:#5a5a5a}
            form.filter{display:flex;flex-wrap:wrap;gap:1rem;align-items:flex-end;margin:1rem 0}
            label{display:block;font-weight:700}select,button,textarea{font:inherit;padding:.25rem .5rem}
            textarea{width:100%;max-width:40rem}
            footer{border-top:1px solid #c9c9c9;margin-top:2rem;color:#4a4a4a;font-size:.9rem}
            """;

    private PortalLayout() {}

    /** A whole HTML document; {@code title} is text, {@code main} is markup built by a page class. */
    static String page(String title, String current, String main) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + Html.esc(title) + " · Public procurement portal</title>\n"
                + "<style>" + STYLE + "</style>\n</head>\n<body>\n"
                + "<a class=\"skip\" href=\"#main\">Skip to the content</a>\n"
                + "<header>\n<p class=\"site\">Public procurement portal</p>\n"
                + "<nav aria-label=\"Portal\"><ul>"
                + link(PROCESSES, "Procurement processes", current)
                + link(SPEND, "Spend by agency", current)
                + "</ul></nav>\n</header>\n"
                + "<main id=\"main\">\n" + main + "</main>\n"
                + "<footer><p>Everything shown here is read from the platform's event log through its public read"
                + " models and may lag the record by moments. Times are in the procurement's time zone."
                + " Machine-readable: <a href=\"/v3/api-docs\">API description</a>.</p></footer>\n"
                + "</body>\n</html>\n";
    }

    private static String link(String href, String text, String current) {
        String marker = href.equals(current) ? " aria-current=\"page\"" : "";
        return "<li><a href=\"" + href + "\"" + marker + ">" + Html.esc(text) + "</a></li>";
    }
}
