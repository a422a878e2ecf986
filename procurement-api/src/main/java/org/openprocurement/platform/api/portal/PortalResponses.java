package org.openprocurement.platform.api.portal;

import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Portal pages as HTTP answers: UTF-8 HTML under a policy that allows no script at all. */
final class PortalResponses {

    static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);

    // The pages need no script, so none may run, whatever a stored text might contain.
    private static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self';"
            + " form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    private PortalResponses() {}

    static ResponseEntity<String> page(String title, String current, String main) {
        return status(HttpStatusCode.valueOf(200), title, current, main);
    }

    static ResponseEntity<String> status(HttpStatusCode status, String title, String current, String main) {
        return ResponseEntity.status(status)
                .contentType(HTML)
                .header("Content-Security-Policy", POLICY)
                .body(PortalLayout.page(title, current, main));
    }
}
