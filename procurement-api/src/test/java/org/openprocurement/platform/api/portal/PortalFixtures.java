package org.openprocurement.platform.api.portal;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openprocurement.platform.api.support.Bids;
import org.openprocurement.platform.api.support.Tenders;

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

    /** Opens the box, qualifies the three bids and awards the tender to Boda, the lowest price. */
    static void openAndAwardToBoda(UUID tender) {
        if (!"OPENED".equals(Tenders.open(tender))) {
            throw new IllegalStateException("The tender " + tender + " did not open");
        }
        for (String supplier : List.of("supplier.anhe", "supplier.boda", "supplier.chenguang")) {
            Tenders.qualify(tender, Bids.bidOf(supplier, tender), true, List.of());
        }
        RestAssured.given()
                .auth()
                .preemptive()
                .basic("purchasing.agent", "demo")
                .contentType(ContentType.JSON)
                .body(Map.of("bidId", Bids.bidOf("supplier.boda", tender).toString()))
                .post("/api/tenders/{id}/awards", tender)
                .then()
                .statusCode(201);
    }
}
