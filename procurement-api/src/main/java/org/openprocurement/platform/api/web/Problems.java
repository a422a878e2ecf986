package org.openprocurement.platform.api.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * Builds the platform's RFC 9457 problem documents: a stable {@code type} per code, a fixed {@code title} per
 * status, a human {@code detail}, the {@code code} member and, for invalid input, {@code errors[]}.
 */
public final class Problems {

    private static final String TYPE_PREFIX = "urn:procurement:problem:";

    private Problems() {}

    /** A problem with the given status, code and human-readable detail. */
    public static ProblemDetail of(HttpStatusCode status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create(TYPE_PREFIX + code));
        problem.setTitle(titleOf(status.value()));
        problem.setDetail(detail);
        problem.setProperty("code", code);
        return problem;
    }

    /** A 400 problem listing each invalid field. */
    public static ProblemDetail invalid(String detail, List<FieldError> errors) {
        ProblemDetail problem = of(HttpStatusCode.valueOf(400), "invalid-request", detail);
        problem.setProperty("errors", errors);
        return problem;
    }

    /**
     * One invalid input field.
     *
     * @param field JSON path of the field, for example {@code amount} or {@code lots[0].quantity}
     * @param message what is wrong with it
     */
    public record FieldError(String field, String message) {}

    private static final Map<Integer, String> TITLES = Map.ofEntries(
            Map.entry(400, "Invalid request"),
            Map.entry(401, "Authentication required"),
            Map.entry(403, "Not allowed"),
            Map.entry(404, "Not found"),
            Map.entry(405, "Method not allowed"),
            Map.entry(406, "Not acceptable"),
            Map.entry(409, "Conflict with the current state"),
            Map.entry(412, "Stale version"),
            Map.entry(413, "Request too large"),
            Map.entry(415, "Unsupported media type"),
            Map.entry(422, "Rule broken"),
            Map.entry(428, "Precondition required"),
            Map.entry(500, "Internal error"),
            Map.entry(503, "Temporarily unavailable"));

    private static String titleOf(int status) {
        return TITLES.getOrDefault(status, "Request failed");
    }
}
