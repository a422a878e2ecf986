package org.openprocurement.platform.api.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.openprocurement.platform.api.support.ProblemResponses.problem;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openprocurement.platform.api.support.Contracts;
import org.openprocurement.platform.api.support.HttpTest;
import org.openprocurement.platform.api.support.PlatformTime;

/** A whole contract through HTTP, from the budget line to the last payment, with the line's figures at each step. */
class ContractLifecycleHttpTest extends HttpTest {

    @Test
    void fromAwardToTheLastPaymentTheBudgetLineStaysBalanced() {
        Contracts.Awarded awarded = Contracts.awarded();
        UUID contract = awarded.contract();
        UUID line = awarded.line();
        assertLine(line, 90000, 0, 910000);

        JsonPath opened = Contracts.read(contract);
        assertThat(opened.getString("status")).isEqualTo("AWAITING_SIGNATURE");
        assertThat(opened.getString("supplierId")).isEqualTo("boda-technology");
        assertThat(opened.getInt("value")).isEqualTo(90000);
        assertThat(opened.getString("tenderId")).isEqualTo(awarded.tender().toString());

        problem(
                appendingNothing(
                        () -> as("purchasing.agent").body(Map.of()).post("/api/contracts/{id}/signature", contract)),
                422,
                "standstill-not-over");

        UUID delivery =
                milestone(contract, Map.of("type", "DELIVERY", "title", "Pumps delivered", "dueDate", "2030-06-30"));
        UUID instalment = milestone(
                contract,
                Map.of("type", "PAYMENT", "title", "Payment on acceptance", "dueDate", "2030-07-15", "amount", 60000));

        PlatformTime.advancePast(Instant.parse(opened.getString("standstillEndsAt")));
        String etag = as("health.officer").get("/api/contracts/{id}", contract).header("ETag");
        as("health.officer")
                .header("If-Match", etag)
                .body(Map.of("advancePercent", 20))
                .post("/api/contracts/{id}/signature", contract)
                .then()
                .statusCode(201)
                .body("status", equalTo("SIGNED"))
                .body("signedLate", equalTo(false))
                .body("advancePercent", equalTo(20));

        pay(contract, Map.of("advance", true, "amount", 18000, "reference", "ADV-001"))
                .then()
                .statusCode(201);
        assertLine(line, 72000, 18000, 910000);
        problem(
                appendingNothing(() -> pay(contract, Map.of("advance", true, "amount", 1, "reference", "ADV-002"))),
                422,
                "advance-limit");
        problem(
                appendingNothing(() -> as("purchasing.agent")
                        .body(Map.of("advance", true, "amount", 1, "reference", "X"))
                        .post("/api/contracts/{id}/payments", contract)),
                403,
                "forbidden");
        problem(
                appendingNothing(
                        () -> pay(contract, Map.of("milestoneId", instalment, "amount", 60000, "reference", "P"))),
                422,
                "milestone-not-met");

        fulfil(contract, delivery);
        fulfil(contract, instalment);
        pay(contract, Map.of("milestoneId", instalment, "amount", 60000, "reference", "PAY-001"))
                .then()
                .statusCode(201);
        assertLine(line, 12000, 78000, 910000);

        problem(appendingNothing(() -> amend(contract, "99000.01")), 422, "amendment-limit");
        amend(contract, "99000").then().statusCode(201).body("value", equalTo(99000));
        assertLine(line, 21000, 78000, 901000);

        problem(
                appendingNothing(
                        () -> pay(contract, Map.of("milestoneId", delivery, "amount", 21001, "reference", "P"))),
                422,
                "overpayment");
        pay(contract, Map.of("milestoneId", delivery, "amount", 20000, "reference", "PAY-002"))
                .then()
                .statusCode(201)
                .body("paid", equalTo(98000));
        assertLine(line, 1000, 98000, 901000);

        as("purchasing.agent")
                .body(Map.of("notes", "Final acceptance signed"))
                .post("/api/contracts/{id}/completion", contract)
                .then()
                .statusCode(201)
                .body("status", equalTo("COMPLETED"))
                .body("released", equalTo(1000))
                .body("payments", hasSize(3))
                .body("amendments", hasSize(1));
        assertLine(line, 0, 98000, 902000);

        rate("health.officer", contract, 5).then().statusCode(201);
        rate("purchasing.agent", contract, 4).then().statusCode(201);
        // The supplier rates through the evaluations collection, naming the contract in the body.
        as("supplier.boda")
                .body(Map.of("contractId", contract, "score", 3, "comment", "Rated by supplier.boda"))
                .post("/api/evaluations")
                .then()
                .statusCode(201)
                .body("party", hasItem("SUPPLIER"));
        problem(appendingNothing(() -> rate("health.officer", contract, 1)), 409, "already-evaluated");
        problem(appendingNothing(() -> rate("supplier.anhe", contract, 1)), 404, "not-found");
        as("auditor")
                .get("/api/contracts/{id}/evaluations", contract)
                .then()
                .statusCode(200)
                .body("$", hasSize(3));
        for (String path : List.of("/api/evaluations", "/api/public/contract-evaluations")) {
            anonymous()
                    .get(path)
                    .then()
                    .statusCode(200)
                    .body("agencyId", hasItem("city-health"))
                    .body("agencyId", hasItem("central-purchasing"));
        }
    }

    @Test
    void aCancelledAwardWithdrawsItsUnsignedContractAndTheWholeCommitmentGoesBack() {
        Contracts.Awarded awarded = Contracts.awarded();
        assertLine(awarded.line(), 90000, 0, 910000);

        as("purchasing.agent")
                .body(Map.of("reason", "Award cancelled after an upheld complaint"))
                .post("/api/contracts/{id}/termination", awarded.contract())
                .then()
                .statusCode(201)
                .body("status", equalTo("TERMINATED"))
                .body("released", equalTo(90000));

        assertLine(awarded.line(), 0, 0, 1000000);
        problem(
                appendingNothing(() -> as("purchasing.agent")
                        .body(Map.of())
                        .post("/api/contracts/{id}/signature", awarded.contract())),
                409,
                "wrong-contract-state");
    }

    @Test
    void aRetriedPaymentWithTheSameIdempotencyKeyPaysOnce() {
        Contracts.Awarded awarded = Contracts.awarded();
        UUID contract = awarded.contract();
        UUID delivery =
                milestone(contract, Map.of("type", "DELIVERY", "title", "Pumps delivered", "dueDate", "2030-06-30"));
        PlatformTime.advancePast(Instant.parse(Contracts.read(contract).getString("standstillEndsAt")));
        as("purchasing.agent")
                .body(Map.of())
                .post("/api/contracts/{id}/signature", contract)
                .then()
                .statusCode(201);
        fulfil(contract, delivery);
        Map<String, Object> body = Map.of("milestoneId", delivery, "amount", 40000, "reference", "PAY-777");

        Response first = as("finance.officer")
                .header("Idempotency-Key", "pay-" + contract)
                .body(body)
                .post("/api/contracts/{id}/payments", contract);
        Response retry = appendingNothing(() -> as("finance.officer")
                .header("Idempotency-Key", "pay-" + contract)
                .body(body)
                .post("/api/contracts/{id}/payments", contract));

        first.then().statusCode(201);
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(Contracts.read(contract).getList("payments")).hasSize(1);
        assertLine(awarded.line(), 50000, 40000, 910000);
    }

    private void assertLine(UUID line, int committed, int spent, int available) {
        as("finance.officer")
                .get("/api/budget-lines/{id}", line)
                .then()
                .statusCode(200)
                .body("appropriated", equalTo(1000000))
                .body("committed", equalTo(committed))
                .body("spent", equalTo(spent))
                .body("available", equalTo(available));
    }

    private static UUID milestone(UUID contract, Map<String, Object> body) {
        String location = as("purchasing.agent")
                .body(body)
                .post("/api/contracts/{id}/milestones", contract)
                .then()
                .statusCode(201)
                .extract()
                .header("Location");
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    private static void fulfil(UUID contract, UUID milestone) {
        as("health.officer")
                .body(Map.of("notes", "Accepted"))
                .post("/api/contracts/{id}/milestones/{m}/fulfilment", contract, milestone)
                .then()
                .statusCode(201);
    }

    private static Response pay(UUID contract, Map<String, Object> body) {
        return as("finance.officer").body(body).post("/api/contracts/{id}/payments", contract);
    }

    private static Response amend(UUID contract, String newValue) {
        return as("purchasing.agent")
                .body("{\"description\":\"Ten more pumps\",\"rationale\":\"A new ward opened\",\"newValue\":" + newValue
                        + "}")
                .post("/api/contracts/{id}/amendments", contract);
    }

    private static Response rate(String user, UUID contract, int score) {
        return as(user).body(Map.of("score", score, "comment", "Rated by " + user))
                .post("/api/contracts/{id}/evaluations", contract);
    }
}
