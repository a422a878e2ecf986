package org.openprocurement.platform.api.portal;

import static org.awaitility.Awaitility.await;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openprocurement.platform.api.support.Bids;
import org.openprocurement.platform.api.support.PlatformTime;
import org.openprocurement.platform.api.support.Tenders;
import org.openprocurement.platform.core.contract.ContractIds;

/** Processes for the portal tests, built through the API. */
final class PortalFixtures {

    private PortalFixtures() {}

    /** Three suppliers bid on the tender; Boda's price is the lowest. */
    static void threeBids(UUID tender, String bodaPrice, String bodaProposal) {
        Bids.submit("supplier.anhe", tender, "99500", "Brand A pumps").then().statusCode(201);
        Bids.submit("supplier.boda", tender, bodaPrice, bodaProposal).then().statusCode(201);
        Bids.submit("supplier.chenguang", tender, "99900", "Brand C pumps")
                .then()
                .statusCode(201);
    }

    /** A supplier asks a question and the purchasing agency answers it. */
    static void answeredEnquiry(UUID tender, String question, String answer) {
        String location = RestAssured.given()
                .auth()
                .preemptive()
                .basic("supplier.dongfang", "demo")
                .contentType(ContentType.JSON)
                .body(Map.of("question", question))
                .post("/api/tenders/{id}/enquiries", tender)
                .then()
                .statusCode(201)
                .extract()
                .header("Location");
        RestAssured.given()
                .auth()
                .preemptive()
                .basic("purchasing.agent", "demo")
                .contentType(ContentType.JSON)
                .body(Map.of("answer", answer))
                .post(location + "/answer")
                .then()
                .statusCode(201);
    }

    /**
     * Moves time past the deadline and waits, bounded, for the opening, reading as the purchasing agency: a secret
     * process is not there for the public to read.
     */
    static void openAsPurchasingAgency(UUID tender) {
        PlatformTime.advancePast(Instant.parse(purchasingAgent()
                .get("/api/tenders/{id}", tender)
                .then()
                .statusCode(200)
                .extract()
                .path("tenderPeriodEnd")));
        await("the opening of " + tender)
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(
                        () -> purchasingAgent()
                                .get("/api/tenders/{id}", tender)
                                .then()
                                .extract()
                                .path("status"),
                        "OPENED"::equals);
    }

    private static RequestSpecification purchasingAgent() {
        return user("purchasing.agent");
    }

    /** Opens the box, qualifies the three bids and awards the tender to Boda, the lowest price; returns the award. */
    static UUID openAndAwardToBoda(UUID tender) {
        openAsPurchasingAgency(tender);
        for (String supplier : List.of("supplier.anhe", "supplier.boda", "supplier.chenguang")) {
            Tenders.qualify(tender, Bids.bidOf(supplier, tender), true, List.of());
        }
        String award = purchasingAgent()
                .contentType(ContentType.JSON)
                .body(Map.of("bidId", Bids.bidOf("supplier.boda", tender).toString()))
                .post("/api/tenders/{id}/awards", tender)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        return UUID.fromString(award);
    }

    /**
     * The contract the award opened gets a delivery milestone and a payment milestone of this amount, is signed
     * by the health commission after the standstill with a 10% advance, and the advance is paid; returns the
     * contract and its payment milestone.
     */
    static UUID[] signedWithAdvance(UUID award, String instalment, String advance) {
        UUID contract = ContractIds.of(award);
        UUID delivery =
                milestone(contract, Map.of("type", "DELIVERY", "title", "Pumps delivered", "dueDate", "2030-06-30"));
        UUID payment = milestone(
                contract,
                Map.of(
                        "type",
                        "PAYMENT",
                        "title",
                        "Payment on acceptance",
                        "dueDate",
                        "2030-07-15",
                        "amount",
                        new BigDecimal(instalment)));
        PlatformTime.advancePast(Instant.parse(user("health.officer")
                .get("/api/contracts/{id}", contract)
                .then()
                .statusCode(200)
                .extract()
                .path("standstillEndsAt")));
        user("health.officer")
                .contentType(ContentType.JSON)
                .body(Map.of("advancePercent", 10))
                .post("/api/contracts/{id}/signature", contract)
                .then()
                .statusCode(201);
        pay(contract, Map.of("advance", true, "amount", new BigDecimal(advance), "reference", "ADV-1"));
        fulfil(contract, delivery);
        return new UUID[] {contract, payment};
    }

    /** The health commission accepts the payment milestone as met and the finance bureau pays it. */
    static void paidOnAcceptance(UUID contract, UUID payment, String amount) {
        fulfil(contract, payment);
        pay(
                contract,
                Map.of("milestoneId", payment.toString(), "amount", new BigDecimal(amount), "reference", "PAY-1"));
    }

    private static UUID milestone(UUID contract, Map<String, Object> body) {
        String location = purchasingAgent()
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/contracts/{id}/milestones", contract)
                .then()
                .statusCode(201)
                .extract()
                .header("Location");
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    private static void fulfil(UUID contract, UUID milestone) {
        user("health.officer")
                .contentType(ContentType.JSON)
                .body(Map.of("notes", "Accepted"))
                .post("/api/contracts/{id}/milestones/{m}/fulfilment", contract, milestone)
                .then()
                .statusCode(201);
    }

    private static void pay(UUID contract, Map<String, Object> body) {
        user("finance.officer")
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/contracts/{id}/payments", contract)
                .then()
                .statusCode(201);
    }

    private static RequestSpecification user(String name) {
        return RestAssured.given().auth().preemptive().basic(name, "demo");
    }
}
