package org.openprocurement.platform.api.bid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.openprocurement.platform.api.support.Bids.bidOf;
import static org.openprocurement.platform.api.support.Bids.digestOf;
import static org.openprocurement.platform.api.support.Bids.submit;
import static org.openprocurement.platform.api.support.ProblemResponses.problem;

import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.path.json.config.JsonPathConfig.NumberReturnType;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openprocurement.platform.api.support.HttpTest;
import org.openprocurement.platform.api.support.PlatformTime;
import org.openprocurement.platform.api.support.Tenders;
import org.openprocurement.platform.core.bid.event.LateBidRejected;

/** Withdrawal, confirmation after an amendment, late bids on the record, and the opening of the box. */
class BidLifecycleHttpTest extends HttpTest {

    @Test
    void aWithdrawnBidLeavesTheBiddersListEmpty() {
        UUID tender = Tenders.published();
        submit("supplier.anhe", tender, "452000", "Anhe offer").then().statusCode(201);
        UUID bid = bidOf("supplier.anhe", tender);

        Response withdrawal = as("supplier.anhe").post("/api/tenders/{t}/bids/{b}/withdrawal", tender, bid);

        withdrawal
                .then()
                .statusCode(201)
                .header("Location", endsWith("/api/tenders/" + tender + "/bids/" + bid))
                .header("ETag", equalTo("\"1\""))
                .body("status", equalTo("WITHDRAWN"));
        as("supplier.anhe")
                .get("/api/tenders/{t}/bids", tender)
                .then()
                .statusCode(200)
                .body("", hasSize(0));
        assertThat(jdbc.queryForObject("SELECT sealed_content FROM bid_view WHERE bid_id = ?", String.class, bid))
                .isNull();
        problem(
                appendingNothing(() -> as("supplier.anhe").post("/api/tenders/{t}/bids/{b}/withdrawal", tender, bid)),
                409,
                "no-active-bid");
    }

    @Test
    void aSupplierMayBidAgainAfterWithdrawing() {
        UUID tender = Tenders.published();
        submit("supplier.anhe", tender, "452000", "Anhe offer").then().statusCode(201);
        as("supplier.anhe")
                .post("/api/tenders/{t}/bids/{b}/withdrawal", tender, bidOf("supplier.anhe", tender))
                .then()
                .statusCode(201);

        Response again = submit("supplier.anhe", tender, "450000", "Anhe second offer");

        again.then().statusCode(201).body("outcome", equalTo("SUBMITTED"));
        as("supplier.anhe")
                .get("/api/tenders/{t}/bids", tender)
                .then()
                .body("", hasSize(1))
                .body("[0].status", equalTo("ACTIVE"))
                .body("[0].contentDigest", equalTo(digestOf(tender, "supplier.anhe", "450000", "Anhe second offer")));
    }

    @Test
    void onlyTheBidderWithdrawsOrConfirmsItsBid() {
        UUID tender = Tenders.published();
        submit("supplier.anhe", tender, "452000", "Anhe offer").then().statusCode(201);
        UUID bid = bidOf("supplier.anhe", tender);

        for (String user : List.of("supplier.boda", "purchasing.agent")) {
            for (String action : List.of("withdrawal", "confirmation")) {
                Response response =
                        appendingNothing(() -> as(user).post("/api/tenders/{t}/bids/{b}/" + action, tender, bid));
                problem(response, 404, "not-found");
            }
        }
        // An auditor changes nothing, whatever exists: 403 without looking.
        problem(
                appendingNothing(() -> as("auditor").post("/api/tenders/{t}/bids/{b}/withdrawal", tender, bid)),
                403,
                "forbidden");
        problem(anonymous().post("/api/tenders/{t}/bids/{b}/withdrawal", tender, bid), 401, "unauthenticated");
    }

    @Test
    void aLateBidIsRejectedOnTheRecordAndLeavesTheActiveBidAlone() {
        UUID tender = Tenders.published();
        submit("supplier.anhe", tender, "452000", "Anhe offer").then().statusCode(201);
        Instant deadline = Tenders.deadlineOf(tender);
        PlatformTime.advancePast(deadline);

        Response late = submit("supplier.boda", tender, "449000", "Boda offer");
        Response lateReplacement = submit("supplier.anhe", tender, "1", "Anhe wants to undercut");

        problem(late, 422, "late-bid").body("detail", containsString(deadline.toString()));
        assertThat(late.asString()).doesNotContain("anhe");
        problem(lateReplacement, 422, "late-bid");
        UUID boda = bidOf("supplier.boda", tender);
        UUID anhe = bidOf("supplier.anhe", tender);
        assertThat(lastPayloadTypeOf(boda)).isEqualTo(LateBidRejected.class.getName());
        assertThat(lastPayloadTypeOf(anhe)).isEqualTo(LateBidRejected.class.getName());
        Map<String, Object> bodaRow =
                jdbc.queryForMap("SELECT status, late_attempts FROM bid_view WHERE bid_id = ?", boda);
        assertThat(bodaRow).containsEntry("status", "REJECTED_LATE").containsEntry("late_attempts", 1);
        Map<String, Object> anheRow =
                jdbc.queryForMap("SELECT status, content_digest, late_attempts FROM bid_view WHERE bid_id = ?", anhe);
        assertThat(anheRow)
                .containsEntry("status", "ACTIVE")
                .containsEntry("content_digest", digestOf(tender, "supplier.anhe", "452000", "Anhe offer"))
                .containsEntry("late_attempts", 1);
    }

    @Test
    void aRetriedLateBidGetsTheFirstAnswerByteForByteAndIsRecordedOnce() {
        UUID tender = Tenders.published();
        PlatformTime.advancePast(Tenders.deadlineOf(tender));

        Response first = as("supplier.boda")
                .header("Idempotency-Key", "late-retry-1")
                .body(org.openprocurement.platform.api.support.Bids.body("449000", "Boda offer"))
                .post("/api/tenders/{t}/bids", tender);
        Response retry = as("supplier.boda")
                .header("Idempotency-Key", "late-retry-1")
                .body(org.openprocurement.platform.api.support.Bids.body("449000", "Boda offer"))
                .post("/api/tenders/{t}/bids", tender);

        problem(first, 422, "late-bid").body("instance", org.hamcrest.Matchers.endsWith("/bids"));
        assertThat(retry.statusCode()).isEqualTo(422);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.contentType()).startsWith("application/problem+json");
        assertThat(retry.asString()).isEqualTo(first.asString());
        assertThat(eventsOf(bidOf("supplier.boda", tender))).isEqualTo(1);
    }

    @Test
    void aBidRetriedAfterTheDeadlineGetsItsFirstReceiptNotALateAnswer() {
        UUID tender = Tenders.published();
        String key = "on-time-retry-" + UUID.randomUUID();
        Response first = as("supplier.boda")
                .header("Idempotency-Key", key)
                .body(org.openprocurement.platform.api.support.Bids.body("449000", "Boda offer"))
                .post("/api/tenders/{t}/bids", tender);
        PlatformTime.advancePast(Tenders.deadlineOf(tender));

        Response retry = appendingNothing(() -> as("supplier.boda")
                .header("Idempotency-Key", key)
                .body(org.openprocurement.platform.api.support.Bids.body("449000", "Boda offer"))
                .post("/api/tenders/{t}/bids", tender));

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(retry.asString()).isEqualTo(first.asString());
        assertThat(eventsOf(bidOf("supplier.boda", tender))).isEqualTo(1);
    }

    @Test
    void aWithdrawalRetriedOnceTheBidIsGoneGetsTheFirstAnswer() {
        UUID tender = Tenders.published();
        submit("supplier.anhe", tender, "452000", "Anhe offer").then().statusCode(201);
        UUID bid = bidOf("supplier.anhe", tender);
        String key = "withdrawal-retry-" + UUID.randomUUID();
        Response first = as("supplier.anhe")
                .header("Idempotency-Key", key)
                .post("/api/tenders/{t}/bids/{b}/withdrawal", tender, bid);

        Response retry = appendingNothing(() -> as("supplier.anhe")
                .header("Idempotency-Key", key)
                .post("/api/tenders/{t}/bids/{b}/withdrawal", tender, bid));

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.asString()).isEqualTo(first.asString());
        assertThat(eventsOf(bid)).isEqualTo(2);
    }

    @Test
    void theOpeningDisclosesEveryActiveBidWithItsPriceToEveryone() {
        UUID tender = Tenders.published();
        submit("supplier.anhe", tender, "452000.00", "Anhe offer").then().statusCode(201);
        submit("supplier.boda", tender, "449999.5", "Boda offer").then().statusCode(201);
        submit("supplier.chenguang", tender, "470000", "Chenguang offer").then().statusCode(201);

        assertThat(Tenders.open(tender)).isEqualTo("OPENED");

        for (Response list : List.of(
                anonymous().get("/api/tenders/{t}/bids", tender),
                as("health.officer").get("/api/tenders/{t}/bids", tender),
                as("supplier.boda").get("/api/tenders/{t}/bids", tender))) {
            list.then().statusCode(200).body("", hasSize(3));
            Map<String, BigDecimal> prices = pricesBySupplier(list);
            assertThat(prices)
                    .containsEntry("anhe-medical", new BigDecimal("452000"))
                    .containsEntry("boda-technology", new BigDecimal("449999.5"))
                    .containsEntry("chenguang-office", new BigDecimal("470000"));
            assertThat(list.jsonPath().getList("counted", Boolean.class)).containsOnly(true);
        }
        anonymous()
                .get("/api/tenders/{t}/bids/{b}", tender, bidOf("supplier.boda", tender))
                .then()
                .statusCode(200)
                .body("supplierId", equalTo("boda-technology"))
                .body("contentDigest", equalTo(digestOf(tender, "supplier.boda", "449999.5", "Boda offer")));
    }

    @Test
    void anAmendmentLeavesABidUncountedUnlessItIsConfirmedOrSubmittedAgain() {
        UUID tender = Tenders.published();
        submit("supplier.anhe", tender, "452000", "Anhe offer").then().statusCode(201);
        submit("supplier.boda", tender, "449000", "Boda offer").then().statusCode(201);
        submit("supplier.chenguang", tender, "470000", "Chenguang offer").then().statusCode(201);

        Tenders.amend(tender);
        as("supplier.anhe")
                .post("/api/tenders/{t}/bids/{b}/confirmation", tender, bidOf("supplier.anhe", tender))
                .then()
                .statusCode(201)
                .body("confirmedAmendment", equalTo(1));
        submit("supplier.chenguang", tender, "468000", "Chenguang offer with cardiac probe")
                .then()
                .statusCode(201);
        Tenders.open(tender);

        Response opened = anonymous().get("/api/tenders/{t}/bids", tender);
        opened.then().statusCode(200).body("", hasSize(3));
        assertThat(countedBySupplier(opened))
                .containsEntry("anhe-medical", true)
                .containsEntry("boda-technology", false)
                .containsEntry("chenguang-office", true);
    }

    private String lastPayloadTypeOf(UUID bid) {
        return jdbc.queryForObject(
                "SELECT payloadtype FROM domainevententry WHERE aggregateidentifier = ?"
                        + " ORDER BY sequencenumber DESC LIMIT 1",
                String.class,
                bid.toString());
    }

    private static Map<String, BigDecimal> pricesBySupplier(Response list) {
        List<Map<String, Object>> bids = list.jsonPath(
                        JsonPathConfig.jsonPathConfig().numberReturnType(NumberReturnType.BIG_DECIMAL))
                .getList("");
        return bids.stream()
                .collect(Collectors.toMap(
                        b -> (String) b.get("supplierId"),
                        b -> new BigDecimal(b.get("price").toString())));
    }

    private static Map<String, Boolean> countedBySupplier(Response list) {
        List<Map<String, Object>> bids = list.jsonPath().getList("");
        return bids.stream()
                .collect(Collectors.toMap(b -> (String) b.get("supplierId"), b -> (Boolean) b.get("counted")));
    }
}
