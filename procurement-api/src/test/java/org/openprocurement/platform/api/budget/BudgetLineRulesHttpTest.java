package org.openprocurement.platform.api.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.openprocurement.platform.api.support.BudgetLines.appropriationWith;
import static org.openprocurement.platform.api.support.BudgetLines.commitment;
import static org.openprocurement.platform.api.support.BudgetLines.release;
import static org.openprocurement.platform.api.support.ProblemResponses.problem;

import io.restassured.response.Response;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openprocurement.platform.api.support.BudgetLines;
import org.openprocurement.platform.api.support.HttpTest;

/** Well-formed requests that break a budget rule are refused with the rule's code and record nothing. */
class BudgetLineRulesHttpTest extends HttpTest {

    private static final UUID UNKNOWN_COMMITMENT = UUID.fromString("00000000-0000-4000-8000-00000000c0de");

    @Test
    void committingMoreThanIsAvailableIsRefusedAsInsufficientFunds() {
        UUID line = BudgetLines.appropriate("1000000");

        Response response = appendingNothing(() ->
                as("health.officer").body(commitment("1000000.01")).post("/api/budget-lines/{id}/commitments", line));

        problem(response, 422, "insufficient-funds");
        assertThat(eventsOf(line)).isEqualTo(1);
        as("health.officer")
                .get("/api/budget-lines/{id}", line)
                .then()
                .statusCode(200)
                .body("available", equalTo(1000000))
                .body("version", equalTo(0));
    }

    @Test
    void releasingMoreThanIsOutstandingIsRefusedAsCommitmentExceeded() {
        UUID line = BudgetLines.appropriate("1000000");
        UUID commitment = BudgetLines.commit(line, "600000");

        Response response = appendingNothing(() -> as("health.officer")
                .body(release("600000.01"))
                .post("/api/budget-lines/{id}/commitments/{c}/releases", line, commitment));

        problem(response, 422, "commitment-exceeded");
        assertThat(eventsOf(line)).isEqualTo(2);
    }

    @Test
    void releasingOnACommitmentTheLineDoesNotHaveIsNotFound() {
        UUID line = BudgetLines.appropriate("1000000");

        Response response = appendingNothing(() -> as("health.officer")
                .body(release("1000"))
                .post("/api/budget-lines/{id}/commitments/{c}/releases", line, UNKNOWN_COMMITMENT));

        problem(response, 404, "unknown-commitment");
    }

    @Test
    void anAppropriationWhoseAvailabilityHasAlreadyEndedIsRefused() {
        Response response = appendingNothing(() -> as("finance.officer")
                .body(appropriationWith("availableUntil", "2020-12-31T16:00:00Z"))
                .post("/api/budget-lines"));

        problem(response, 422, "availability-period");
    }

    @Test
    void aCommitmentAgainstAVersionTheLineHasMovedPastIsAStaleVersion() {
        UUID line = BudgetLines.appropriate("1000000");
        BudgetLines.commit(line, "100000");

        Response response = appendingNothing(() -> as("health.officer")
                .header("If-Match", "\"0\"")
                .body(commitment("100000"))
                .post("/api/budget-lines/{id}/commitments", line));

        problem(response, 412, "stale-version");
        assertThat(eventsOf(line)).isEqualTo(2);
    }

    @Test
    void aCommitmentAgainstTheCurrentVersionIsMade() {
        UUID line = BudgetLines.appropriate("1000000");
        BudgetLines.commit(line, "100000");

        as("health.officer")
                .header("If-Match", "\"1\"")
                .body(commitment("100000"))
                .post("/api/budget-lines/{id}/commitments", line)
                .then()
                .statusCode(201)
                .header("ETag", "\"2\"")
                .body("available", equalTo(800000));
        assertThat(eventsOf(line)).isEqualTo(3);
    }

    @Test
    void anIfMatchThatIsNotAnEntityTagIsRefused() {
        UUID line = BudgetLines.appropriate("1000000");

        Response response = appendingNothing(() -> as("health.officer")
                .header("If-Match", "abc")
                .body(commitment("100000"))
                .post("/api/budget-lines/{id}/commitments", line));

        problem(response, 400, "invalid-if-match");
    }
}
