package org.openprocurement.platform.api.budget;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.openprocurement.platform.api.support.BudgetLines.appropriation;
import static org.openprocurement.platform.api.support.BudgetLines.commitment;
import static org.openprocurement.platform.api.support.BudgetLines.release;
import static org.openprocurement.platform.api.support.ProblemResponses.problem;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openprocurement.platform.api.support.BudgetLines;
import org.openprocurement.platform.api.support.HttpTest;

/**
 * Who may see and change a budget line: finance appropriates and records spending, the owning agency commits,
 * oversight reads everything, and another agency's line does not exist for its officers.
 */
class BudgetLineAccessHttpTest extends HttpTest {

    @Test
    void aRequestWithoutCredentialsIsChallengedToSignIn() {
        UUID line = BudgetLines.appropriate("1000");

        Response response = anonymous().get("/api/budget-lines/{id}", line);

        problem(response, 401, "unauthenticated").header("WWW-Authenticate", startsWith("Basic"));
    }

    @Test
    void aWrongPasswordIsNotAccepted() {
        Response response = appendingNothing(() -> RestAssured.given()
                .auth()
                .preemptive()
                .basic("finance.officer", "not-the-password")
                .contentType(ContentType.JSON)
                .body(appropriation("1000"))
                .post("/api/budget-lines"));

        problem(response, 401, "unauthenticated").header("WWW-Authenticate", startsWith("Basic"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"supplier.anhe", "health.officer"})
    void onlyFinanceAppropriates(String user) {
        Response response =
                appendingNothing(() -> as(user).body(appropriation("1000")).post("/api/budget-lines"));

        problem(response, 403, "forbidden");
    }

    @Test
    void theOwningAgencyCannotRecordAPayment() {
        UUID line = BudgetLines.appropriate("1000");
        UUID commitment = BudgetLines.commit(line, "600");

        Response response = appendingNothing(() -> as("health.officer")
                .body(Map.of("amount", "100", "reference", "PAY-2026-0002"))
                .post("/api/budget-lines/{id}/commitments/{c}/spendings", line, commitment));

        problem(response, 403, "forbidden");
    }

    @Test
    void anotherAgencysLineDoesNotExistForItsOfficers() {
        UUID line = BudgetLines.appropriate("1000");
        UUID commitment = BudgetLines.commit(line, "600");

        problem(as("education.officer").get("/api/budget-lines/{id}", line), 404, "not-found");
        problem(
                appendingNothing(() -> as("education.officer")
                        .body(commitment("100"))
                        .post("/api/budget-lines/{id}/commitments", line)),
                404,
                "not-found");
        problem(
                appendingNothing(() -> as("education.officer")
                        .body(release("100"))
                        .post("/api/budget-lines/{id}/commitments/{c}/releases", line, commitment)),
                404,
                "not-found");
    }

    @Test
    void anOfficerCannotListAnotherAgencysLines() {
        Response response = as("education.officer")
                .queryParam("organisation", "city-health")
                .get("/api/budget-lines");

        problem(response, 403, "forbidden");
    }

    @Test
    void theAuditorReadsAnyLineButCommitsNothing() {
        UUID line = BudgetLines.appropriate("1000");

        as("auditor").get("/api/budget-lines/{id}", line).then().statusCode(200).body("id", equalTo(line.toString()));
        Response commit = appendingNothing(
                () -> as("auditor").body(commitment("100")).post("/api/budget-lines/{id}/commitments", line));

        problem(commit, 403, "forbidden");
    }

    @Test
    void financeReadsAnyLine() {
        UUID line = BudgetLines.appropriate("1000");

        as("finance.officer")
                .get("/api/budget-lines/{id}", line)
                .then()
                .statusCode(200)
                .body("id", equalTo(line.toString()))
                .body("organisationId", equalTo("city-health"));
    }
}
