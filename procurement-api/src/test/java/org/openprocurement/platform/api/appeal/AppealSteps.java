package org.openprocurement.platform.api.appeal;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openprocurement.platform.api.support.Bids;
import org.openprocurement.platform.api.support.BudgetLines;
import org.openprocurement.platform.api.support.Tenders;

/** Test steps on challenges and complaints, through HTTP, on an infusion-pump tender with four bids. */
final class AppealSteps {

    /** The bids, lowest first: Boda 90,000, Anhe 95,000, Dongfang 97,000, Chenguang 99,000. */
    static final Map<String, String> PRICES = Map.of(
            "supplier.boda", "90000",
            "supplier.anhe", "95000",
            "supplier.dongfang", "97000",
            "supplier.chenguang", "99000");

    private AppealSteps() {}

    private static RequestSpecification as(String user) {
        return RestAssured.given().auth().preemptive().basic(user, "demo").contentType(ContentType.JSON);
    }

    /** An opened tender on a fresh line of 1,000,000 with four qualified bids; returns {tender, line}. */
    static UUID[] evaluated() {
        UUID line = BudgetLines.appropriate("1000000");
        UUID tender = Tenders.draft(Tenders.infusionPumps(line));
        Tenders.publish(tender);
        PRICES.forEach((supplier, price) -> Bids.submit(supplier, tender, price, "Pumps of " + supplier)
                .then()
                .statusCode(201));
        assertThat(Tenders.open(tender)).isEqualTo("OPENED");
        for (String supplier : PRICES.keySet()) {
            Tenders.qualify(tender, Bids.bidOf(supplier, tender), true, List.of());
        }
        return new UUID[] {tender, line};
    }

    /** The purchasing agency awards the bid of {@code supplier}. */
    static Response award(UUID tender, String supplier) {
        return as("purchasing.agent")
                .body(Map.of("bidId", Bids.bidOf(supplier, tender).toString()))
                .post("/api/tenders/{id}/awards", tender);
    }

    /** The supplier files a challenge about the subject. */
    static Response challenge(String supplier, UUID tender, String subject) {
        return as(supplier)
                .body(Map.of("subject", subject, "grounds", "The winner's registration certificate had expired"))
                .post("/api/tenders/{id}/challenges", tender);
    }

    /** The challenge's id from a 201 answer. */
    static UUID idOf(Response created) {
        return UUID.fromString(created.then().statusCode(201).extract().path("id"));
    }

    /** The purchasing agency answers the challenge, not upholding it. */
    static Response answer(UUID challenge) {
        return as("purchasing.agent")
                .body(Map.of("upheld", false, "answer", "The certificate was valid at the bid deadline."))
                .post("/api/challenges/{id}/answer", challenge);
    }

    /** The supplier complains about the answer to its challenge. */
    static Response complain(String supplier, UUID challenge) {
        return as(supplier)
                .body(Map.of("challengeId", challenge.toString(), "grounds", "The answer ignored the expiry date"))
                .post("/api/complaints");
    }

    /** Finance decides the complaint. */
    static Response decide(UUID complaint, String outcome) {
        return as("finance.officer")
                .body(Map.of("outcome", outcome, "reasoning", "Examined the registration records"))
                .post("/api/complaints/{id}/decision", complaint);
    }
}
