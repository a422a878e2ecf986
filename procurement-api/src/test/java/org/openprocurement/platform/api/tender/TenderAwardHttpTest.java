package org.openprocurement.platform.api.tender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openprocurement.platform.api.support.Bids;
import org.openprocurement.platform.api.support.BudgetLines;
import org.openprocurement.platform.api.support.HttpTest;
import org.openprocurement.platform.api.support.Tenders;

/** A whole open tender through HTTP: budget, publication, three bids, opening, evaluation, award. */
class TenderAwardHttpTest extends HttpTest {

    @Test
    void anOpenTenderWithThreeSuppliersIsAwardedToTheLowestQualifiedPriceWithinBudget() {
        UUID line = BudgetLines.appropriate("1000000");
        UUID tender = Tenders.draft(Tenders.infusionPumps(line));
        Tenders.publish(tender);
        Bids.submit("supplier.anhe", tender, "95000", "Brand A pumps").then().statusCode(201);
        Bids.submit("supplier.boda", tender, "90000", "Brand B pumps").then().statusCode(201);
        Bids.submit("supplier.chenguang", tender, "99000", "Brand C pumps")
                .then()
                .statusCode(201);

        assertThat(Tenders.open(tender)).isEqualTo("OPENED");
        for (String supplier : List.of("supplier.anhe", "supplier.boda", "supplier.chenguang")) {
            Tenders.qualify(tender, Bids.bidOf(supplier, tender), true, List.of());
        }
        as("purchasing.agent")
                .body(Map.of("bidId", Bids.bidOf("supplier.anhe", tender).toString()))
                .post("/api/tenders/{id}/awards", tender)
                .then()
                .statusCode(422)
                .body("code", equalTo("not-top-ranked"));

        Instant standstillEnds = Instant.parse(as("purchasing.agent")
                .body(Map.of("bidId", Bids.bidOf("supplier.boda", tender).toString()))
                .post("/api/tenders/{id}/awards", tender)
                .then()
                .statusCode(201)
                .body("supplierId", equalTo("boda-technology"))
                .body("value", equalTo(90000))
                .extract()
                .path("standstillEndsAt"));

        assertThat(standstillEnds).isAfter(Instant.now().plus(Duration.ofDays(7)));
        as("finance.officer")
                .get("/api/budget-lines/{id}", line)
                .then()
                .body("committed", equalTo(90000))
                .body("available", equalTo(910000));
        anonymous()
                .get("/api/tenders/{id}/evaluation", tender)
                .then()
                .statusCode(200)
                .body("ranking", hasSize(3))
                .body("ranking[0].supplierId", equalTo("boda-technology"))
                .body("awards[0].standstillEndsAt", notNullValue());
        anonymous().get("/api/tenders/{id}", tender).then().body("status", equalTo("AWARDED"));
    }

    @Test
    void withTwoBidsTheTenderFailsAtOpeningAndReleasesItsCommitment() {
        UUID line = BudgetLines.appropriate("1000000");
        UUID tender = Tenders.draft(Tenders.infusionPumps(line));
        Tenders.publish(tender);
        Bids.submit("supplier.anhe", tender, "95000", "A").then().statusCode(201);
        Bids.submit("supplier.boda", tender, "90000", "B").then().statusCode(201);

        assertThat(Tenders.open(tender)).isEqualTo("FAILED");

        anonymous().get("/api/tenders/{id}", tender).then().body("failureReason", notNullValue());
        as("finance.officer").get("/api/budget-lines/{id}", line).then().body("committed", equalTo(0));
    }

    @Test
    void whenEveryQualifiedBidExceedsTheBudgetTheTenderFailsOnTheRecord() {
        UUID line = BudgetLines.appropriate("100000");
        UUID tender = Tenders.draft(Tenders.infusionPumps(line));
        Tenders.publish(tender);
        Bids.submit("supplier.anhe", tender, "120000", "A").then().statusCode(201);
        Bids.submit("supplier.boda", tender, "130000", "B").then().statusCode(201);
        Bids.submit("supplier.chenguang", tender, "125000", "C").then().statusCode(201);
        Tenders.open(tender);
        for (String supplier : List.of("supplier.anhe", "supplier.boda", "supplier.chenguang")) {
            Tenders.qualify(tender, Bids.bidOf(supplier, tender), true, List.of());
        }

        Map<String, String> award =
                Map.of("bidId", Bids.bidOf("supplier.anhe", tender).toString());
        Response first = as("purchasing.agent")
                .header("Idempotency-Key", "award-" + tender)
                .body(award)
                .post("/api/tenders/{id}/awards", tender);
        Response retry = as("purchasing.agent")
                .header("Idempotency-Key", "award-" + tender)
                .body(award)
                .post("/api/tenders/{id}/awards", tender);

        first.then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("tender-failed"))
                .body("instance", equalTo("/api/tenders/" + tender + "/awards"));
        // The retry is the first answer byte for byte, instance included, and records nothing more.
        assertThat(retry.statusCode()).isEqualTo(422);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.contentType()).startsWith("application/problem+json");
        assertThat(retry.asString()).isEqualTo(first.asString());
        anonymous().get("/api/tenders/{id}", tender).then().body("status", equalTo("FAILED"));
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?"
                                + " AND payloadtype LIKE '%TenderFailed'",
                        Integer.class, tender.toString()))
                .isEqualTo(1);
        as("finance.officer").get("/api/budget-lines/{id}", line).then().body("available", equalTo(100000));
    }

    @Test
    void anAwardAboveTheBudgetIsRefusedUnderScoring() {
        UUID line = BudgetLines.appropriate("100000");
        Map<String, Object> body = Tenders.infusionPumps(line);
        body.put("awardCriteria", "COMPREHENSIVE_SCORING");
        body.put(
                "criteria",
                List.of(
                        Map.of("name", "Price", "weight", 30, "price", true),
                        Map.of("name", "Technical merit", "weight", 70, "price", false)));
        UUID tender = Tenders.draft(body);
        Tenders.publish(tender);
        Bids.submit("supplier.anhe", tender, "105000", "Premium").then().statusCode(201);
        Bids.submit("supplier.boda", tender, "95000", "Basic").then().statusCode(201);
        Bids.submit("supplier.chenguang", tender, "98000", "Standard").then().statusCode(201);
        Tenders.open(tender);
        Tenders.qualify(tender, Bids.bidOf("supplier.anhe", tender), true, points(70));
        Tenders.qualify(tender, Bids.bidOf("supplier.boda", tender), true, points(10));
        Tenders.qualify(tender, Bids.bidOf("supplier.chenguang", tender), true, points(20));
        long before = allEvents();

        as("purchasing.agent")
                .body(Map.of("bidId", Bids.bidOf("supplier.anhe", tender).toString()))
                .post("/api/tenders/{id}/awards", tender)
                .then()
                .statusCode(422)
                .body("code", equalTo("award-exceeds-budget"));

        assertThat(allEvents()).isEqualTo(before);
    }

    private static List<Map<String, Object>> points(int technical) {
        return List.of(Map.of("criterion", "Technical merit", "points", technical));
    }
}
