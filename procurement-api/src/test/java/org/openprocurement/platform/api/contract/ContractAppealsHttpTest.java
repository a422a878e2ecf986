package org.openprocurement.platform.api.contract;

import static org.hamcrest.Matchers.equalTo;
import static org.openprocurement.platform.api.support.ProblemResponses.problem;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.openprocurement.platform.api.security.Actor;
import org.openprocurement.platform.api.security.Role;
import org.openprocurement.platform.api.support.BudgetLines;
import org.openprocurement.platform.api.support.Contracts;
import org.openprocurement.platform.api.support.HttpTest;
import org.openprocurement.platform.api.support.PlatformTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The contract's links to the rest of the procedure: an open appeal blocks the signature, a cancelled award
 * withdraws its contract, and an amendment's rise needs money on the budget line first.
 */
@Import(ContractAppealsHttpTest.OpenAppeals.class)
class ContractAppealsHttpTest extends HttpTest {

    /** Open challenges and complaints per tender, as the appeals feature would count them. */
    static final Map<UUID, Integer> OPEN = new ConcurrentHashMap<>();

    @TestConfiguration
    static class OpenAppeals {
        @Bean
        @Primary
        PendingAppeals openAppeals() {
            return tender -> OPEN.getOrDefault(tender, 0);
        }
    }

    @Autowired
    ContractEndings endings;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aContractIsNotSignedWhileAChallengeOrComplaintIsOpenAndIsOnceItIsDecided() {
        Contracts.Awarded awarded = Contracts.awarded();
        PlatformTime.advancePast(
                Instant.parse(Contracts.read(awarded.contract()).getString("standstillEndsAt")));
        OPEN.put(awarded.tender(), 1);

        problem(
                appendingNothing(() -> as("purchasing.agent")
                        .body(Map.of())
                        .post("/api/contracts/{id}/signature", awarded.contract())),
                422,
                "appeal-pending");

        OPEN.put(awarded.tender(), 0);
        as("purchasing.agent")
                .body(Map.of())
                .post("/api/contracts/{id}/signature", awarded.contract())
                .then()
                .statusCode(201)
                .body("status", equalTo("SIGNED"));
    }

    @Test
    void aCancelledAwardWithdrawsItsContractByTheAwardAndReleasesTheCommitment() {
        Contracts.Awarded awarded = Contracts.awarded();
        Actor agent = new Actor("purchasing.agent", "central-purchasing", Role.PURCHASING_AGENT);

        transactions.executeWithoutResult(
                status -> endings.withdraw(awarded.award(), "complaint upheld", agent, PlatformTime.now()));

        as("purchasing.agent")
                .get("/api/contracts/{id}", awarded.contract())
                .then()
                .body("status", equalTo("TERMINATED"))
                .body("endNotes", equalTo("Award cancelled: complaint upheld"))
                .body("released", equalTo(90000));
        as("finance.officer")
                .get("/api/budget-lines/{id}", awarded.line())
                .then()
                .body("committed", equalTo(0))
                .body("available", equalTo(1000000));
    }

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
