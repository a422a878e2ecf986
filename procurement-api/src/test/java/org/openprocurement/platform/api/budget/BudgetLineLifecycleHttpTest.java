package org.openprocurement.platform.api.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.response.ValidatableResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openprocurement.platform.api.support.BudgetLines;
import org.openprocurement.platform.api.support.HttpTest;

class BudgetLineLifecycleHttpTest extends HttpTest {

    @Test
    void financeAppropriatesAndTheLineShowsItsBalancesWithLocationAndETag() {
        as("finance.officer")
                .body(Map.of(
                        "organisationId", "city-health",
                        "fiscalYear", 2026,
                        "classificationCode", "2100101",
                        "purpose", "Medical equipment",
                        "amount", "1000000.00",
                        "currency", "CNY",
                        "availableUntil", BudgetLines.availableUntil()))
                .post("/api/budget-lines")
                .then()
                .statusCode(201)
                .header("Location", startsWith("/api/budget-lines/"))
                .header("ETag", "\"0\"")
                .body("appropriated", equalTo(1000000))
                .body("available", equalTo(1000000))
                .body("committed", equalTo(0))
                .body("status", equalTo("OPEN"));
    }

    @Test
    void commitReleaseAndSpendKeepTheBalanceEquationAtEveryStep() {
        UUID line = BudgetLines.appropriate("1000000");

        UUID commitment = BudgetLines.commit(line, "600000");
        balances(line, "400000", "600000", "0");

        as("health.officer")
                .body(Map.of("amount", "100000", "reason", "Tender came in below estimate"))
                .post("/api/budget-lines/{id}/commitments/{c}/releases", line, commitment)
                .then()
                .statusCode(201)
                .header("ETag", "\"2\"");
        balances(line, "500000", "500000", "0");

        as("finance.officer")
                .body(Map.of("amount", "200000.50", "reference", "PAY-2026-0001"))
                .post("/api/budget-lines/{id}/commitments/{c}/spendings", line, commitment)
                .then()
                .statusCode(201)
                .header("ETag", "\"3\"");
        balances(line, "500000", "299999.5", "200000.5")
                .body("commitments", hasSize(1))
                .body("commitments[0].outstanding", equalTo(299999.5f))
                .body("commitments[0].released", equalTo(100000))
                .body("version", equalTo(3));
        assertThat(eventsOf(line)).isEqualTo(4);
    }

    @Test
    void theOwningAgencyListsItsLinesByOrganisationAndYear() {
        UUID line = BudgetLines.appropriate("5000");

        as("health.officer")
                .queryParam("organisation", "city-health")
                .queryParam("fiscalYear", 2026)
                .get("/api/budget-lines")
                .then()
                .statusCode(200)
                .body("id", org.hamcrest.Matchers.hasItem(line.toString()));
        as("health.officer")
                .queryParam("organisation", "city-health")
                .queryParam("fiscalYear", 2019)
                .get("/api/budget-lines")
                .then()
                .statusCode(200)
                .body("id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(line.toString())));
    }

    private static ValidatableResponse balances(UUID line, String available, String committed, String spent) {
        return as("health.officer")
                .get("/api/budget-lines/{id}", line)
                .then()
                .statusCode(200)
                .body("available.toString()", equalTo(available))
                .body("committed.toString()", equalTo(committed))
                .body("spent.toString()", equalTo(spent));
    }
}
