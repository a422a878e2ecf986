package org.openprocurement.platform.api.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openprocurement.platform.api.support.BudgetLines.appropriation;
import static org.openprocurement.platform.api.support.BudgetLines.commitment;
import static org.openprocurement.platform.api.support.ProblemResponses.problem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openprocurement.platform.api.support.Answer;
import org.openprocurement.platform.api.support.BudgetLines;
import org.openprocurement.platform.api.support.HttpTest;
import org.openprocurement.platform.api.support.Parallel;

/** A request retried with the same Idempotency-Key is answered as the first time and recorded only once. */
class IdempotencyHttpTest extends HttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Non-ASCII on purpose: a replayed body must come back in the same encoding as the first. Made per test, since
     * its dates come from the running platform's clock (a static field would ask before the platform runs).
     */
    private Map<String, Object> appropriation;

    @BeforeEach
    void freshAppropriation() {
        appropriation = withPurpose("医疗设备 Medical equipment");
    }

    /** Keys are identifiers: fresh per test, since tests share one database. */
    private static String freshKey() {
        return "appropriation-" + UUID.randomUUID();
    }

    private static Response appropriate(String key, Map<String, Object> body) {
        return as("finance.officer").header("Idempotency-Key", key).body(body).post("/api/budget-lines");
    }

    @Test
    void aRetryWithTheSameKeyGetsTheFirstAnswerAgainAndRecordsNothingMore() throws Exception {
        String key = freshKey();
        long before = allEvents();

        Answer first = Answer.of(appropriate(key, appropriation));
        Answer retry = Answer.of(appropriate(key, appropriation));

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.replayed()).isNull();
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.replayed()).isEqualTo("true");
        assertThat(retry.location()).isEqualTo(first.location());
        assertThat(json(retry)).isEqualTo(json(first));
        assertThat(json(retry).get("purpose").asText()).isEqualTo("医疗设备 Medical equipment");
        assertThat(allEvents()).isEqualTo(before + 1);
    }

    @Test
    void theSameKeyForAnotherRequestIsRefusedAndRecordsNothing() {
        String key = freshKey();
        appropriate(key, appropriation).then().statusCode(201);

        Response reused = appendingNothing(() -> appropriate(key, withPurpose("School furniture")));

        problem(reused, 422, "idempotency-key-reused");
    }

    @Test
    void aKeyBelongsToTheUserWhoSentIt() {
        UUID line = BudgetLines.appropriate("1000000");
        String key = freshKey();

        Response byTheAgency = as("health.officer")
                .header("Idempotency-Key", key)
                .body(commitment("1000"))
                .post("/api/budget-lines/{id}/commitments", line);
        Response byFinance = as("finance.officer")
                .header("Idempotency-Key", key)
                .body(commitment("1000"))
                .post("/api/budget-lines/{id}/commitments", line);

        byTheAgency.then().statusCode(201);
        byFinance.then().statusCode(201);
        assertThat(byFinance.header("Idempotent-Replayed")).isNull();
        assertThat(byFinance.header("Location")).isNotEqualTo(byTheAgency.header("Location"));
        assertThat(eventsOf(line)).isEqualTo(3);
    }

    @Test
    void retriesArrivingTogetherAreRecordedOnceAndAllGetTheSameAnswer() throws Exception {
        String key = freshKey();
        long before = allEvents();

        List<Answer> answers = Parallel.race(6, () -> Answer.of(appropriate(key, appropriation)));

        assertThat(answers).extracting(Answer::status).containsOnly(201);
        assertThat(answers)
                .extracting(Answer::location)
                .doesNotContainNull()
                .containsOnly(answers.get(0).location());
        assertThat(answers).filteredOn(a -> a.replayed() == null).hasSize(1);
        assertThat(answers.stream().map(IdempotencyHttpTest::json).distinct()).hasSize(1);
        assertThat(allEvents()).isEqualTo(before + 1);
        assertThat(eventsOf(BudgetLines.idIn(answers.get(0).location()))).isEqualTo(1);
    }

    @Test
    void aKeyLongerThanTwoHundredFiftyFiveCharactersIsRefused() {
        Response response = appendingNothing(() -> appropriate("k".repeat(300), appropriation));

        problem(response, 400, "invalid-idempotency-key");
    }

    private static Map<String, Object> withPurpose(String purpose) {
        Map<String, Object> body = appropriation("250000");
        body.put("purpose", purpose);
        return Map.copyOf(body);
    }

    private static JsonNode json(Answer answer) {
        try {
            return JSON.readTree(answer.body());
        } catch (Exception e) {
            throw new AssertionError("Not JSON: " + answer.body(), e);
        }
    }
}
