package org.openprocurement.platform.api.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.openprocurement.platform.api.support.ProblemResponses.invalidField;
import static org.openprocurement.platform.api.support.ProblemResponses.problem;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openprocurement.platform.api.contract.PendingAppeals;
import org.openprocurement.platform.api.support.HttpTest;
import org.openprocurement.platform.api.support.Parallel;
import org.openprocurement.platform.core.appeal.Complaint;
import org.springframework.beans.factory.annotation.Autowired;

/** Complaints (投诉) through HTTP: suspension, dismissal, and an upheld complaint that moves the award. */
class ComplaintHttpTest extends HttpTest {

    @Autowired
    private PendingAppeals pendingAppeals;

    /** Anhe challenges Boda's award, the agency rejects the challenge, and Anhe complains; returns the ids. */
    private static UUID[] complainedAboutTheAward(UUID tender) {
        AppealSteps.award(tender, "supplier.boda").then().statusCode(201);
        UUID challenge = AppealSteps.idOf(AppealSteps.challenge("supplier.anhe", tender, "RESULT"));
        AppealSteps.answer(challenge).then().statusCode(201);
        UUID complaint = AppealSteps.idOf(AppealSteps.complain("supplier.anhe", challenge)
                .then()
                .body("status", equalTo("FILED"))
                .body("decisionDueAt", notNullValue())
                .extract()
                .response());
        return new UUID[] {challenge, complaint};
    }

    @Test
    void anUpheldComplaintCancelsTheAwardAndTheNextRankedBidIsAwardedWithinTheBudget() {
        UUID[] ids = AppealSteps.evaluated();
        UUID tender = ids[0];
        UUID line = ids[1];
        UUID complaint = complainedAboutTheAward(tender)[1];
        as("finance.officer").get("/api/budget-lines/{id}", line).then().body("committed", equalTo(90000));
        assertThat(pendingAppeals.pendingFor(tender)).isEqualTo(1);

        AppealSteps.decide(complaint, "AWARD_CANCELLED")
                .then()
                .statusCode(201)
                .body("status", equalTo("DECIDED"))
                .body("outcome", equalTo("AWARD_CANCELLED"));

        assertThat(pendingAppeals.pendingFor(tender)).isZero();
        anonymous().get("/api/tenders/{id}", tender).then().body("status", equalTo("OPENED"));
        // Budget first: the commitment now covers the next-ranked bid, Anhe's 95,000.
        as("finance.officer")
                .get("/api/budget-lines/{id}", line)
                .then()
                .body("committed", equalTo(95000))
                .body("available", equalTo(905000));
        as("purchasing.agent")
                .get("/api/tenders/{id}/evaluation", tender)
                .then()
                .body("awards", hasSize(0))
                .body("ranking", hasSize(3))
                .body("ranking[0].supplierId", equalTo("anhe-medical"));
        problem(appendingNothing(() -> AppealSteps.award(tender, "supplier.boda")), 422, "not-top-ranked");
        AppealSteps.award(tender, "supplier.anhe")
                .then()
                .statusCode(201)
                .body("supplierId", equalTo("anhe-medical"))
                .body("value", equalTo(95000));
        as("finance.officer").get("/api/budget-lines/{id}", line).then().body("committed", equalTo(95000));
        // Auditors read the appeal in the process's history, in recorded order.
        List<String> history = as("auditor")
                .get("/api/audit/processes/{id}/history", tender)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("event", String.class);
        assertThat(history)
                .containsSubsequence(
                        "TenderAwarded",
                        "ChallengeFiled",
                        "ChallengeAnswered",
                        "ComplaintFiled",
                        "ComplaintDecided",
                        "AwardCancelled",
                        "BidDisqualified",
                        "TenderAwarded");
        // The decision is published.
        anonymous()
                .get("/api/complaints/{id}", complaint)
                .then()
                .statusCode(200)
                .body("supplierId", equalTo("anhe-medical"))
                .body("reasoning", notNullValue());
    }

    @Test
    void aSuspensionBlocksTheAwardUntilTheComplaintIsDismissed() {
        UUID tender = AppealSteps.evaluated()[0];
        UUID challenge = AppealSteps.idOf(AppealSteps.challenge("supplier.anhe", tender, "PROCEDURE"));
        AppealSteps.answer(challenge).then().statusCode(201);
        UUID complaint = AppealSteps.idOf(AppealSteps.complain("supplier.anhe", challenge));
        anonymous().get("/api/complaints/{id}", complaint).then().statusCode(404);
        anonymous()
                .get("/api/tenders/{id}/complaints", tender)
                .then()
                .body("[0].status", equalTo("FILED"))
                .body("[0].supplierId", nullValue());

        as("finance.officer")
                .body(Map.of("days", 10, "reason", "The evaluation may have been irregular"))
                .post("/api/complaints/{id}/suspension", complaint)
                .then()
                .statusCode(201)
                .body("suspensions", hasSize(1))
                .body("suspensions[0].suspendedUntil", notNullValue());

        problem(appendingNothing(() -> AppealSteps.award(tender, "supplier.boda")), 409, "procurement-suspended");
        problem(
                appendingNothing(() -> as("finance.officer")
                        .body(Map.of("days", 5, "reason", "again"))
                        .post("/api/complaints/{id}/suspension", complaint)),
                409,
                "procurement-suspended");

        AppealSteps.decide(complaint, "DISMISSED")
                .then()
                .statusCode(201)
                .body("outcome", equalTo("DISMISSED"))
                .body("suspensions[0].resumedAt", notNullValue());
        AppealSteps.award(tender, "supplier.boda").then().statusCode(201);
        problem(appendingNothing(() -> AppealSteps.decide(complaint, "DISMISSED")), 409, "complaint-already-decided");
        problem(
                appendingNothing(() -> as("finance.officer")
                        .body(Map.of("days", 5, "reason", "late"))
                        .post("/api/complaints/{id}/suspension", complaint)),
                409,
                "complaint-already-decided");
    }

    @Test
    void anOrderToProcureAgainEndsTheTenderAndReleasesItsMoney() {
        UUID[] ids = AppealSteps.evaluated();
        UUID complaint = complainedAboutTheAward(ids[0])[1];

        AppealSteps.decide(complaint, "REPROCUREMENT_ORDERED").then().statusCode(201);

        anonymous()
                .get("/api/tenders/{id}", ids[0])
                .then()
                .body("status", equalTo("FAILED"))
                .body("failureReason", notNullValue());
        as("finance.officer").get("/api/budget-lines/{id}", ids[1]).then().body("committed", equalTo(0));
    }

    @Test
    void ofTwoSimultaneousComplaintsAboutOneChallengeOnlyOneIsRecorded() throws Exception {
        UUID tender = AppealSteps.evaluated()[0];
        AppealSteps.award(tender, "supplier.boda").then().statusCode(201);
        UUID challenge = AppealSteps.idOf(AppealSteps.challenge("supplier.anhe", tender, "RESULT"));
        AppealSteps.answer(challenge).then().statusCode(201);

        List<Integer> statuses = Parallel.race(
                4, () -> AppealSteps.complain("supplier.anhe", challenge).statusCode());

        assertThat(statuses).containsOnlyOnce(201).containsOnly(201, 409);
        assertThat(eventsOf(Complaint.idFor(challenge))).isEqualTo(1);
    }

    @Test
    void badComplaintsAreRefusedWithProblemsAndRecordNothing() {
        UUID tender = AppealSteps.evaluated()[0];
        AppealSteps.award(tender, "supplier.boda").then().statusCode(201);
        UUID challenge = AppealSteps.idOf(AppealSteps.challenge("supplier.anhe", tender, "RESULT"));

        problem(appendingNothing(() -> AppealSteps.complain("supplier.anhe", challenge)), 409, "challenge-pending");
        problem(appendingNothing(() -> AppealSteps.complain("supplier.boda", challenge)), 404, "not-found");
        invalidField(
                appendingNothing(() -> as("supplier.anhe")
                        .body(Map.of("grounds", "no challenge named"))
                        .post("/api/complaints")),
                "challengeId");

        AppealSteps.answer(challenge).then().statusCode(201);
        UUID complaint = AppealSteps.idOf(AppealSteps.complain("supplier.anhe", challenge));
        problem(appendingNothing(() -> AppealSteps.complain("supplier.anhe", challenge)), 409, "complaint-exists");
        problem(
                appendingNothing(() -> as("purchasing.agent")
                        .body(Map.of("outcome", "DISMISSED", "reasoning", "mine"))
                        .post("/api/complaints/{id}/decision", complaint)),
                403,
                "forbidden");
        invalidField(
                appendingNothing(() -> as("finance.officer")
                        .body(Map.of("days", 31, "reason", "too long"))
                        .post("/api/complaints/{id}/suspension", complaint)),
                "days");
        problem(
                appendingNothing(() -> as("finance.officer")
                        .body(Map.of("outcome", "MAYBE", "reasoning", "x"))
                        .post("/api/complaints/{id}/decision", complaint)),
                400,
                "invalid-request");
        problem(appendingNothing(() -> AppealSteps.decide(UUID.randomUUID(), "DISMISSED")), 404, "not-found");
        assertThat(pendingAppeals.pendingFor(tender)).isEqualTo(1);
    }
}
