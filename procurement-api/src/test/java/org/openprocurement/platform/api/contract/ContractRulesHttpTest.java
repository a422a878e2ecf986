package org.openprocurement.platform.api.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.openprocurement.platform.api.support.ProblemResponses.invalidField;
import static org.openprocurement.platform.api.support.ProblemResponses.problem;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openprocurement.platform.api.support.Contracts;
import org.openprocurement.platform.api.support.HttpTest;
import org.openprocurement.platform.api.support.PlatformTime;

/** Bad input, access and state on contracts: each a problem document, and nothing appended. */
class ContractRulesHttpTest extends HttpTest {

    @Test
    void badInputsWrongStatesAndStrangersAreRefusedWithProblemsAndNothingAppended() {
        Contracts.Awarded awarded = Contracts.awarded();
        UUID contract = awarded.contract();
        String path = "/api/contracts/{id}";

        problem(as("purchasing.agent").get(path, UUID.randomUUID()), 404, "not-found");
        problem(anonymous().get(path, contract), 401, "unauthenticated");
        problem(as("supplier.anhe").get(path, contract), 404, "not-found");
        as("supplier.boda").get(path, contract).then().statusCode(200);
        as("auditor").get(path, contract).then().statusCode(200).header("ETag", "\"0\"");
        as("supplier.boda")
                .get("/api/contracts?tenderId={t}", awarded.tender())
                .then()
                .statusCode(200)
                .body("$", hasSize(1));
        as("supplier.anhe")
                .get("/api/contracts?tenderId={t}", awarded.tender())
                .then()
                .statusCode(200)
                .body("$", hasSize(0));

        invalidField(
                refused(() -> as("purchasing.agent")
                        .body(Map.of("type", "DELIVERY", "dueDate", "2030-06-30"))
                        .post(path + "/milestones", contract)),
                "title");
        invalidField(
                refused(() -> as("purchasing.agent")
                        .body(Map.of("type", "GIFT", "title", "x", "dueDate", "2030-06-30"))
                        .post(path + "/milestones", contract)),
                "type");
        problem(
                refused(() -> as("purchasing.agent")
                        .body(Map.of("type", "DELIVERY", "title", "x", "dueDate", "2030-06-30", "amount", 5))
                        .post(path + "/milestones", contract)),
                422,
                "invalid-milestone");
        invalidField(
                refused(() -> as("finance.officer")
                        .body(Map.of("advance", true, "reference", "R"))
                        .post(path + "/payments", contract)),
                "amount");
        problem(
                refused(() -> as("finance.officer")
                        .body(Map.of("advance", true, "amount", 5, "reference", "R"))
                        .post(path + "/payments", contract)),
                409,
                "wrong-contract-state");
        problem(
                refused(() -> as("supplier.boda").body(Map.of()).post(path + "/signature", contract)),
                403,
                "forbidden");
        problem(
                refused(() -> as("education.officer").body(Map.of()).post(path + "/signature", contract)),
                404,
                "not-found");
        invalidField(
                refused(() -> as("purchasing.agent").body(Map.of()).post(path + "/termination", contract)), "reason");
        invalidField(
                refused(() -> as("health.officer")
                        .body(Map.of("score", 6, "comment", "Too good"))
                        .post(path + "/evaluations", contract)),
                "score");
        problem(
                refused(() -> as("health.officer")
                        .body(Map.of("score", 5, "comment", "Early"))
                        .post(path + "/evaluations", contract)),
                409,
                "wrong-contract-state");
        invalidField(
                refused(() -> as("health.officer")
                        .body(Map.of("score", 5, "comment", "No contract named"))
                        .post("/api/evaluations")),
                "contractId");
        problem(
                refused(() -> as("health.officer")
                        .body(Map.of("contractId", UUID.randomUUID(), "score", 5, "comment", "Unknown"))
                        .post("/api/evaluations")),
                404,
                "not-found");
        problem(
                refused(() -> as("health.officer")
                        .body(Map.of("contractId", contract, "score", 5, "comment", "Early"))
                        .post("/api/evaluations")),
                409,
                "wrong-contract-state");

        PlatformTime.advancePast(Instant.parse(Contracts.read(contract).getString("standstillEndsAt")));
        problem(
                refused(() -> as("purchasing.agent")
                        .header("If-Match", "\"999\"")
                        .body(Map.of())
                        .post(path + "/signature", contract)),
                412,
                "stale-version");
        problem(
                refused(() -> as("purchasing.agent")
                        .header("If-Match", "latest")
                        .body(Map.of())
                        .post(path + "/signature", contract)),
                400,
                "invalid-if-match");
        problem(
                refused(() -> as("purchasing.agent")
                        .body(Map.of("advancePercent", 80))
                        .post(path + "/signature", contract)),
                422,
                "advance-limit");
        as("purchasing.agent")
                .body(Map.of())
                .post(path + "/signature", contract)
                .then()
                .statusCode(201);

        problem(
                refused(() -> as("purchasing.agent").body(Map.of()).post(path + "/signature", contract)),
                409,
                "wrong-contract-state");
        problem(
                refused(() -> as("health.officer")
                        .body(Map.of())
                        .post(path + "/milestones/{m}/fulfilment", contract, UUID.randomUUID())),
                404,
                "unknown-milestone");
        invalidField(
                refused(() ->
                        as("purchasing.agent").body(Map.of("newValue", 95000)).post(path + "/amendments", contract)),
                "rationale");
        problem(
                refused(() -> as("finance.officer")
                        .body(Map.of("advance", true, "amount", 5, "reference", "R"))
                        .post(path + "/payments", contract)),
                422,
                "advance-not-agreed");
        problem(
                refused(() -> as("finance.officer")
                        .body(Map.of("advance", true, "milestoneId", UUID.randomUUID(), "amount", 5, "reference", "R"))
                        .post(path + "/payments", contract)),
                422,
                "invalid-payment");
        problem(
                refused(() -> as("finance.officer")
                        .body(Map.of("amount", 5, "reference", "R"))
                        .post(path + "/payments", contract)),
                422,
                "invalid-payment");
    }

    @Test
    void aContractUnsignedThirtyDaysAfterTheAwardGoesOverdueAndItsLateSignatureIsOnTheRecord() {
        Contracts.Awarded awarded = Contracts.awarded();
        UUID contract = awarded.contract();
        Instant due = Instant.parse(Contracts.read(contract).getString("signatureDueAt"));
        assertThat(Duration.between(Instant.parse(Contracts.read(contract).getString("awardedAt")), due))
                .isEqualTo(Duration.ofDays(30));

        PlatformTime.advancePast(due);
        await("the signature of contract " + contract + " going overdue")
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> Contracts.read(contract).getBoolean("signatureOverdue"));
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?"
                                + " AND payloadtype LIKE '%ContractSignatureOverdue'",
                        Integer.class, contract.toString()))
                .isEqualTo(1);

        as("health.officer")
                .body(Map.of())
                .post("/api/contracts/{id}/signature", contract)
                .then()
                .statusCode(201)
                .body("status", equalTo("SIGNED"))
                .body("signedLate", equalTo(true));
    }

    private io.restassured.response.Response refused(java.util.function.Supplier<io.restassured.response.Response> r) {
        return appendingNothing(r);
    }
}
