package org.openprocurement.platform.api.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.openprocurement.platform.api.support.BudgetLines.commitment;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openprocurement.platform.api.support.Answer;
import org.openprocurement.platform.api.support.BudgetLines;
import org.openprocurement.platform.api.support.HttpTest;
import org.openprocurement.platform.api.support.Parallel;

/**
 * Budget first holds under load: parallel commitments that together exceed the line are answered by the rule,
 * one at a time, never by a failure, and the line is never overcommitted.
 */
class ConcurrentCommitmentHttpTest extends HttpTest {

    @Test
    void ofTwoParallelCommitmentsOfSixTenthsOfTheLineExactlyOneIsMade() throws Exception {
        UUID line = BudgetLines.appropriate("1000000");

        List<Answer> answers = commitInParallel(line, 2);

        exactlyOneMadeAndTheOthersRefused(answers);
        theLineHoldsOneCommitment(line);
    }

    @Test
    void ofEightParallelCommitmentsOfSixTenthsOfTheLineExactlyOneIsMade() throws Exception {
        UUID line = BudgetLines.appropriate("1000000");

        List<Answer> answers = commitInParallel(line, 8);

        exactlyOneMadeAndTheOthersRefused(answers);
        theLineHoldsOneCommitment(line);
    }

    private static List<Answer> commitInParallel(UUID line, int requests) throws Exception {
        return Parallel.race(
                requests,
                () -> Answer.of(as("health.officer")
                        .body(commitment("600000"))
                        .post("/api/budget-lines/{id}/commitments", line)));
    }

    private static void exactlyOneMadeAndTheOthersRefused(List<Answer> answers) {
        assertThat(answers).extracting(Answer::status).containsOnly(201, 422);
        assertThat(answers).filteredOn(a -> a.status() == 201).hasSize(1);
        assertThat(answers)
                .filteredOn(a -> a.status() != 201)
                .extracting(Answer::code)
                .hasSize(answers.size() - 1)
                .containsOnly("insufficient-funds");
    }

    private void theLineHoldsOneCommitment(UUID line) {
        assertThat(eventsOf(line)).isEqualTo(2);
        as("health.officer")
                .get("/api/budget-lines/{id}", line)
                .then()
                .statusCode(200)
                .body("available", equalTo(400000))
                .body("committed", equalTo(600000))
                .body("version", equalTo(1));
    }
}
