package org.openprocurement.platform.api.ocds;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.openprocurement.platform.api.support.Contracts;
import org.openprocurement.platform.api.support.PlatformTime;

/** Test steps on a contract through HTTP, each by the role that takes it and expecting it to succeed. */
final class ContractSteps {

    private ContractSteps() {}

    private static RequestSpecification as(String user) {
        return RestAssured.given().auth().preemptive().basic(user, "demo").contentType(ContentType.JSON);
    }

    /** The purchasing agency schedules a milestone; answers its id. */
    static UUID milestone(UUID contract, Map<String, Object> body) {
        String location = as("purchasing.agent")
                .body(body)
                .post("/api/contracts/{id}/milestones", contract)
                .then()
                .statusCode(201)
                .extract()
                .header("Location");
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    /** Time passes the standstill and the buyer signs, allowing this advance. */
    static void sign(UUID contract, int advancePercent) {
        PlatformTime.advancePast(Instant.parse(Contracts.read(contract).getString("standstillEndsAt")));
        as("health.officer")
                .body(Map.of("advancePercent", advancePercent))
                .post("/api/contracts/{id}/signature", contract)
                .then()
                .statusCode(201);
    }

    /** The buyer accepts the milestone as met. */
    static void fulfil(UUID contract, UUID milestone) {
        as("health.officer")
                .body(Map.of("notes", "Accepted"))
                .post("/api/contracts/{id}/milestones/{m}/fulfilment", contract, milestone)
                .then()
                .statusCode(201);
    }

    /** Finance records a payment. */
    static void pay(UUID contract, Map<String, Object> body) {
        as("finance.officer")
                .body(body)
                .post("/api/contracts/{id}/payments", contract)
                .then()
                .statusCode(201);
    }

    /** The purchasing agency amends the contract's value. */
    static void amend(UUID contract, String newValue) {
        as("purchasing.agent")
                .body("{\"description\":\"Ten more pumps\",\"rationale\":\"A new ward opened\",\"newValue\":" + newValue
                        + "}")
                .post("/api/contracts/{id}/amendments", contract)
                .then()
                .statusCode(201);
    }
}
