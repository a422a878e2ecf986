package org.openprocurement.platform.api.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.blankOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.util.regex.Pattern;

/** Assertions on the platform's RFC 9457 problem responses. */
public final class ProblemResponses {

    /** A fully qualified Java class name such as {@code org.example.SomeException}. */
    private static final Pattern CLASS_NAME = Pattern.compile("\\b(?:[a-z][a-z0-9_]*\\.){2,}[A-Z][A-Za-z0-9_$]*");

    private ProblemResponses() {}

    /**
     * Asserts that the response is an {@code application/problem+json} document with this status and code, with
     * every member present and neither a class name nor a stack trace in it; returns it for further checks.
     */
    public static ValidatableResponse problem(Response response, int status, String code) {
        ValidatableResponse checked = response.then()
                .statusCode(status)
                .header("Content-Type", startsWith("application/problem+json"))
                .body("type", not(blankOrNullString()))
                .body("title", not(blankOrNullString()))
                .body("status", equalTo(status))
                .body("detail", not(blankOrNullString()))
                .body("code", equalTo(code));
        String body = response.asString();
        assertThat(body)
                .as("problem body free of class names and stack traces")
                .doesNotContainPattern(CLASS_NAME)
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
        return checked;
    }

    /** Asserts a 400 {@code invalid-request} problem whose {@code errors[]} names {@code field}. */
    public static ValidatableResponse invalidField(Response response, String field) {
        return problem(response, 400, "invalid-request")
                .body("errors.field", hasItem(field))
                .body("errors.message", everyItem(not(blankOrNullString())));
    }
}
