package org.openprocurement.platform.api.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.openprocurement.platform.api.support.ProblemResponses.invalidField;
import static org.openprocurement.platform.api.support.ProblemResponses.problem;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openprocurement.platform.api.contract.PendingAppeals;
import org.openprocurement.platform.api.support.HttpTest;
import org.openprocurement.platform.api.support.PlatformTime;
import org.openprocurement.platform.api.support.Tenders;
import org.springframework.beans.factory.annotation.Autowired;

/** Challenges (质疑) through HTTP: filed by a bidder, answered by the purchasing agency, overdue when not. */
class ChallengeHttpTest extends HttpTest {

    @Autowired
    private PendingAppeals pendingAppeals;

    @Test
    void aBidderChallengesTheResultAndTheAgencyAnswersInTime() {
        UUID tender = AppealSteps.evaluated()[0];
        AppealSteps.award(tender, "supplier.boda").then().statusCode(201);

        UUID challenge = AppealSteps.idOf(AppealSteps.challenge("supplier.anhe", tender, "RESULT"));
        assertThat(pendingAppeals.pendingFor(tender)).isEqualTo(1);

        AppealSteps.answer(challenge)
                .then()
                .statusCode(201)
                .body("status", equalTo("ANSWERED"))
                .body("late", equalTo(false))
                .body("upheld", equalTo(false));
        assertThat(pendingAppeals.pendingFor(tender)).isZero();
        as("supplier.anhe")
                .get("/api/challenges/{id}", challenge)
                .then()
                .statusCode(200)
                .body("supplierId", equalTo("anhe-medical"))
                .body("answer", notNullValue());
        // The public learns that the result was challenged and answered in time, not by whom or why.
        anonymous()
                .get("/api/tenders/{id}/challenges", tender)
                .then()
                .statusCode(200)
                .body("", hasSize(1))
                .body("[0].subject", equalTo("RESULT"))
                .body("[0].status", equalTo("ANSWERED"))
                .body("[0].supplierId", nullValue())
                .body("[0].grounds", nullValue());
        problem(as("supplier.boda").get("/api/challenges/{id}", challenge), 404, "not-found");
    }

    @Test
    void anUnansweredChallengeGoesOverdueAndALateAnswerIsRecordedAsLate() {
        UUID tender = AppealSteps.evaluated()[0];
        AppealSteps.award(tender, "supplier.boda").then().statusCode(201);
        UUID challenge = AppealSteps.idOf(AppealSteps.challenge("supplier.anhe", tender, "RESULT"));
        Instant due = Instant.parse(as("supplier.anhe")
                .get("/api/challenges/{id}", challenge)
                .then()
                .extract()
                .path("answerDueAt"));

        PlatformTime.advancePast(due);

        await("the challenge going overdue")
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> as("supplier.anhe")
                        .get("/api/challenges/{id}", challenge)
                        .then()
                        .extract()
                        .path("status")
                        .equals("OVERDUE"));
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?"
                                + " AND payloadtype LIKE '%ChallengeAnswerOverdue'",
                        Integer.class, challenge.toString()))
                .isEqualTo(1);
        assertThat(pendingAppeals.pendingFor(tender)).isEqualTo(1);
        // The period of 7 working days has passed for a new challenge of the same award too.
        problem(
                appendingNothing(() -> AppealSteps.challenge("supplier.dongfang", tender, "RESULT")),
                422,
                "challenge-period-over");

        AppealSteps.answer(challenge).then().statusCode(201).body("late", equalTo(true));
    }

    @Test
    void badChallengesAreRefusedWithProblemsAndRecordNothing() {
        UUID published = Tenders.published();

        invalidField(
                appendingNothing(() -> as("supplier.anhe")
                        .body(Map.of("grounds", "x"))
                        .post("/api/tenders/{id}/challenges", published)),
                "subject");
        invalidField(
                appendingNothing(() -> as("supplier.anhe")
                        .body(Map.of("subject", "RESULT", "grounds", " "))
                        .post("/api/tenders/{id}/challenges", published)),
                "grounds");
        problem(
                appendingNothing(() -> AppealSteps.challenge("supplier.anhe", published, "RESULT")),
                409,
                "challenge-period-not-started");
        problem(
                appendingNothing(() -> AppealSteps.challenge("supplier.anhe", published, "PROCEDURE")),
                409,
                "challenge-period-not-started");
        problem(
                appendingNothing(() -> AppealSteps.challenge("purchasing.agent", published, "DOCUMENTS")),
                403,
                "forbidden");
        problem(
                appendingNothing(() -> AppealSteps.challenge("supplier.anhe", UUID.randomUUID(), "DOCUMENTS")),
                404,
                "not-found");
        problem(
                appendingNothing(() -> as("supplier.anhe")
                        .body(Map.of("subject", "RUMOUR", "grounds", "x"))
                        .post("/api/tenders/{id}/challenges", published)),
                400,
                "invalid-request");
        problem(appendingNothing(() -> AppealSteps.answer(UUID.randomUUID())), 404, "not-found");
        UUID documents = AppealSteps.idOf(AppealSteps.challenge("supplier.anhe", published, "DOCUMENTS"));
        problem(
                appendingNothing(() -> as("supplier.boda")
                        .body(Map.of("upheld", true, "answer", "Yes"))
                        .post("/api/challenges/{id}/answer", documents)),
                403,
                "forbidden");
        AppealSteps.answer(documents).then().statusCode(201);
        problem(appendingNothing(() -> AppealSteps.answer(documents)), 409, "challenge-already-answered");
    }

    @Test
    void onlyInvitedSuppliersChallengeAnInvitationalTender() {
        UUID tender = Tenders.publishedInvitational("anhe-medical", "boda-technology", "chenguang-office");

        problem(
                appendingNothing(() -> AppealSteps.challenge("supplier.dongfang", tender, "DOCUMENTS")),
                422,
                "not-a-participant");
        AppealSteps.challenge("supplier.anhe", tender, "DOCUMENTS").then().statusCode(201);
        anonymous().get("/api/tenders/{id}/challenges", tender).then().body("subject", hasItem("DOCUMENTS"));
    }
}
