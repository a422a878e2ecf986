package org.openprocurement.platform.api.support;

import io.restassured.response.Response;

/**
 * What a response said, captured on the thread that received it so that parallel requests can be compared.
 *
 * @param status HTTP status
 * @param code the problem {@code code} member, null for a success
 * @param location the {@code Location} header
 * @param replayed the {@code Idempotent-Replayed} header
 * @param body the body as received
 */
public record Answer(int status, String code, String location, String replayed, String body) {

    /** Captures the parts of a response that the tests compare. */
    public static Answer of(Response response) {
        String body = response.asString();
        String code = response.contentType().startsWith("application/problem+json")
                ? response.jsonPath().getString("code")
                : null;
        return new Answer(
                response.statusCode(), code, response.header("Location"), response.header("Idempotent-Replayed"), body);
    }
}
