package org.openprocurement.platform.api.contract;

import static org.hamcrest.Matchers.equalTo;
import static org.openprocurement.platform.api.support.ProblemResponses.problem;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openprocurement.platform.api.support.BudgetLines;
import org.openprocurement.platform.api.support.Contracts;
import org.openprocurement.platform.api.support.HttpTest;
import org.openprocurement.platform.api.support.PlatformTime;

/** Budget first for contracts: an amendment's rise needs money available on the budget line. */
class ContractBudgetHttpTest extends HttpTest {

    @Test
    void anAmendedRiseThatTheBudgetLineCannotCoverIsRefusedAndNothingIsRecorded() {
        Contracts.Awarded awarded = Contracts.awarded();
        PlatformTime.advancePast(
                Instant.parse(Contracts.read(awarded.contract()).getString("standstillEndsAt")));
        as("purchasing.agent")
                .body(Map.of())
                .post("/api/contracts/{id}/signature", awarded.contract())
                .then()
                .statusCode(201);
        BudgetLines.commit(awarded.line(), "905000");

        problem(
                appendingNothing(() -> as("purchasing.agent")
                        .body(Map.of("rationale", "A new ward opened", "newValue", 99000))
                        .post("/api/contracts/{id}/amendments", awarded.contract())),
                422,
                "insufficient-funds");
        as("purchasing.agent")
                .get("/api/contracts/{id}", awarded.contract())
                .then()
                .body("value", equalTo(90000))
                .body("amendments.size()", equalTo(0));
    }
}
