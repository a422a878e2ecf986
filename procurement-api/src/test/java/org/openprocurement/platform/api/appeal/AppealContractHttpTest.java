package org.openprocurement.platform.api.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.openprocurement.platform.api.support.ProblemResponses.problem;

import io.restassured.response.Response;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openprocurement.platform.api.contract.PendingAppeals;
import org.openprocurement.platform.api.support.Contracts;
import org.openprocurement.platform.api.support.HttpTest;
import org.openprocurement.platform.api.support.PlatformTime;
import org.openprocurement.platform.core.contract.ContractIds;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Contracts and appeals together, with the real PendingAppeals of the appeal projection: no signature while a
 * challenge or complaint is open, and an upheld complaint withdraws the contract and moves the money with the award.
 */
class AppealContractHttpTest extends HttpTest {

    @Autowired
    private PendingAppeals pendingAppeals;

    @Test
    void theContractIsSignedOnlyOnceTheChallengeIsAnsweredAndTheComplaintDismissed() {
        UUID tender = AppealSteps.evaluated()[0];
        UUID contract = contractOf(AppealSteps.award(tender, "supplier.boda"));
        UUID challenge = AppealSteps.idOf(AppealSteps.challenge("supplier.anhe", tender, "RESULT"));
        PlatformTime.advancePast(Instant.parse(Contracts.read(contract).getString("standstillEndsAt")));

        assertThat(pendingAppeals.pendingFor(tender)).isEqualTo(1);
        problem(appendingNothing(() -> sign(contract)), 422, "appeal-pending");

        AppealSteps.answer(challenge).then().statusCode(201);
        UUID complaint = AppealSteps.idOf(AppealSteps.complain("supplier.anhe", challenge));
        assertThat(pendingAppeals.pendingFor(tender)).isEqualTo(1);
        problem(appendingNothing(() -> sign(contract)), 422, "appeal-pending");

        AppealSteps.decide(complaint, "DISMISSED").then().statusCode(201);
        assertThat(pendingAppeals.pendingFor(tender)).isZero();
        sign(contract).then().statusCode(201).body("status", equalTo("SIGNED"));
    }

    @Test
    void anUpheldComplaintWithdrawsTheContractAndTheNextRankedBidsContractIsSignedAndPaid() {
        UUID[] ids = AppealSteps.evaluated();
        UUID tender = ids[0];
        UUID line = ids[1];
        UUID first = contractOf(AppealSteps.award(tender, "supplier.boda"));
        assertLine(line, 90000, 0, 910000);
        UUID complaint = complainedAbout(tender);

        AppealSteps.decide(complaint, "AWARD_CANCELLED").then().statusCode(201);

        as("purchasing.agent")
                .get("/api/contracts/{id}", first)
                .then()
                .body("status", equalTo("TERMINATED"))
                .body("released", equalTo(90000))
                .body("endNotes", startsWith("Award cancelled: "));
        // Released once by the withdrawal, then committed again for Anhe's 95,000 by the tender's budget policy.
        assertLine(line, 95000, 0, 905000);

        UUID second = contractOf(AppealSteps.award(tender, "supplier.anhe"));
        assertThat(second).isNotEqualTo(first);
        assertLine(line, 95000, 0, 905000);
        as("purchasing.agent")
                .get("/api/contracts/{id}", second)
                .then()
                .body("status", equalTo("AWAITING_SIGNATURE"))
                .body("supplierId", equalTo("anhe-medical"))
                .body("value", equalTo(95000));

        PlatformTime.advancePast(Instant.parse(Contracts.read(second).getString("standstillEndsAt")));
        as("health.officer")
                .body(Map.of("advancePercent", 20))
                .post("/api/contracts/{id}/signature", second)
                .then()
                .statusCode(201);
        as("finance.officer")
                .body(Map.of("advance", true, "amount", 19000, "reference", "ADV-ANHE"))
                .post("/api/contracts/{id}/payments", second)
                .then()
                .statusCode(201);
        assertLine(line, 76000, 19000, 905000);
        problem(appendingNothing(() -> sign(first)), 409, "wrong-contract-state");
    }

    @Test
    void anOrderToProcureAgainWithdrawsTheContractAndReleasesTheWholeCommitment() {
        UUID[] ids = AppealSteps.evaluated();
        UUID tender = ids[0];
        UUID line = ids[1];
        UUID contract = contractOf(AppealSteps.award(tender, "supplier.boda"));
        UUID complaint = complainedAbout(tender);

        AppealSteps.decide(complaint, "REPROCUREMENT_ORDERED").then().statusCode(201);

        anonymous().get("/api/tenders/{id}", tender).then().body("status", equalTo("FAILED"));
        as("purchasing.agent")
                .get("/api/contracts/{id}", contract)
                .then()
                .body("status", equalTo("TERMINATED"))
                .body("released", equalTo(90000));
        assertLine(line, 0, 0, 1000000);
    }

    @Test
    void aContractAlreadyPaidCannotBeWithdrawnAndTheDecisionIsRefusedWithNothingRecorded() {
        UUID[] ids = AppealSteps.evaluated();
        UUID tender = ids[0];
        UUID line = ids[1];
        UUID contract = contractOf(AppealSteps.award(tender, "supplier.boda"));
        UUID challenge = AppealSteps.idOf(AppealSteps.challenge("supplier.anhe", tender, "RESULT"));
        AppealSteps.answer(challenge).then().statusCode(201);
        // Answered, so nothing is pending: the buyer signs and pays an advance before Anhe complains.
        PlatformTime.advancePast(Instant.parse(Contracts.read(contract).getString("standstillEndsAt")));
        as("health.officer")
                .body(Map.of("advancePercent", 10))
                .post("/api/contracts/{id}/signature", contract)
                .then()
                .statusCode(201);
        as("finance.officer")
                .body(Map.of("advance", true, "amount", 9000, "reference", "ADV-BODA"))
                .post("/api/contracts/{id}/payments", contract)
                .then()
                .statusCode(201);
        UUID complaint = AppealSteps.idOf(AppealSteps.complain("supplier.anhe", challenge));

        problem(
                appendingNothing(() -> AppealSteps.decide(complaint, "AWARD_CANCELLED")),
                409,
                "contract-in-performance");

        assertLine(line, 81000, 9000, 910000);
        as("purchasing.agent").get("/api/contracts/{id}", contract).then().body("status", equalTo("SIGNED"));
        AppealSteps.decide(complaint, "UPHELD_NO_EFFECT").then().statusCode(201);
    }

    /** Anhe challenges the award, the agency rejects the challenge, and Anhe complains; returns the complaint. */
    private static UUID complainedAbout(UUID tender) {
        UUID challenge = AppealSteps.idOf(AppealSteps.challenge("supplier.anhe", tender, "RESULT"));
        AppealSteps.answer(challenge).then().statusCode(201);
        return AppealSteps.idOf(AppealSteps.complain("supplier.anhe", challenge));
    }

    private static UUID contractOf(Response award) {
        return ContractIds.of(
                UUID.fromString(award.then().statusCode(201).extract().path("id")));
    }

    private static Response sign(UUID contract) {
        return as("health.officer").body(Map.of()).post("/api/contracts/{id}/signature", contract);
    }

    private static void assertLine(UUID line, int committed, int spent, int available) {
        as("finance.officer")
                .get("/api/budget-lines/{id}", line)
                .then()
                .statusCode(200)
                .body("appropriated", equalTo(1000000))
                .body("committed", equalTo(committed))
                .body("spent", equalTo(spent))
                .body("available", equalTo(available));
    }
}
