package org.openprocurement.platform.api.bid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.openprocurement.platform.api.support.Bids.bidOf;
import static org.openprocurement.platform.api.support.Bids.digestOf;
import static org.openprocurement.platform.api.support.Bids.submit;
import static org.openprocurement.platform.api.support.ProblemResponses.problem;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openprocurement.platform.api.support.Bids;
import org.openprocurement.platform.api.support.HttpTest;
import org.openprocurement.platform.api.support.Tenders;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Until the opening a bid is known to its bidder only: not its contents, not even that it exists. */
@ExtendWith(OutputCaptureExtension.class)
class SealedBidsHttpTest extends HttpTest {

    private static final String CANARY = "CANARY-7f3a";
    private static final String CANARY_PRICE = "913377.31";

    /** Every caller who is not a bidder in the tender: officers, agency, finance, oversight, the public. */
    private static final Map<String, Supplier<RequestSpecification>> OUTSIDERS = Map.of(
            "health.officer", () -> as("health.officer"),
            "purchasing.agent", () -> as("purchasing.agent"),
            "finance.officer", () -> as("finance.officer"),
            "auditor", () -> as("auditor"),
            "admin", () -> as("admin"),
            "supplier.chenguang", () -> as("supplier.chenguang"),
            "anonymous", HttpTest::anonymous);

    @Test
    void beforeTheOpeningEveryoneButTheBidderSeesTheSameEmptyList() {
        UUID withBids = Tenders.published();
        UUID withoutBids = Tenders.published();
        submit("supplier.anhe", withBids, "452000", "Anhe offer").then().statusCode(201);
        submit("supplier.boda", withBids, "449000", "Boda offer").then().statusCode(201);

        OUTSIDERS.forEach((who, caller) -> {
            Response bids = caller.get().get("/api/tenders/{t}/bids", withBids);
            Response none = caller.get().get("/api/tenders/{t}/bids", withoutBids);

            assertThat(bids.statusCode()).as(who).isEqualTo(200);
            assertThat(none.statusCode()).as(who).isEqualTo(200);
            assertThat(bids.asString()).as(who).isEqualTo("[]");
            assertThat(bids.asByteArray()).as(who).isEqualTo(none.asByteArray());
        });
    }

    @Test
    void eachBidderSeesItsOwnBidOnlyAndNeverItsContents() {
        UUID tender = Tenders.published();
        submit("supplier.anhe", tender, "452000", "Anhe offer").then().statusCode(201);
        submit("supplier.boda", tender, "449000", "Boda offer").then().statusCode(201);

        Response own = as("supplier.anhe").get("/api/tenders/{t}/bids", tender);

        own.then()
                .statusCode(200)
                .body("", hasSize(1))
                .body("[0].bidId", equalTo(bidOf("supplier.anhe", tender).toString()))
                .body("[0].supplierId", equalTo("anhe-medical"))
                .body("[0].status", equalTo("ACTIVE"))
                .body("[0].contentDigest", equalTo(digestOf(tender, "supplier.anhe", "452000", "Anhe offer")))
                .body("[0].confirmedAmendment", equalTo(0));
        assertThat(own.asString()).doesNotContain("452000").doesNotContain("Anhe offer");
        as("supplier.anhe")
                .get("/api/tenders/{t}/bids/{b}", tender, bidOf("supplier.anhe", tender))
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("supplierId", equalTo("anhe-medical"));
    }

    @Test
    void anotherSuppliersBidIsNotFoundJustLikeABidThatDoesNotExist() {
        UUID tender = Tenders.published();
        submit("supplier.anhe", tender, "452000", "Anhe offer").then().statusCode(201);
        UUID existing = bidOf("supplier.anhe", tender);
        UUID random = UUID.randomUUID();

        OUTSIDERS.forEach((who, caller) -> {
            Response real = caller.get().get("/api/tenders/{t}/bids/{b}", tender, existing);
            Response madeUp = caller.get().get("/api/tenders/{t}/bids/{b}", tender, random);

            problem(real, 404, "not-found");
            problem(madeUp, 404, "not-found");
            assertThat(withoutInstance(real)).as(who).isEqualTo(withoutInstance(madeUp));
        });
        Response withdrawal = appendingNothing(
                () -> as("supplier.boda").post("/api/tenders/{t}/bids/{b}/withdrawal", tender, existing));
        Response madeUpWithdrawal = appendingNothing(
                () -> as("supplier.boda").post("/api/tenders/{t}/bids/{b}/withdrawal", tender, random));
        problem(withdrawal, 404, "not-found");
        assertThat(withoutInstance(withdrawal)).isEqualTo(withoutInstance(madeUpWithdrawal));
    }

    @Test
    void noPlaintextOfABidIsStoredOrLoggedBeforeTheOpening(CapturedOutput output) {
        UUID tender = Tenders.published();
        String proposal = "Scanners with probe kit " + CANARY + ", delivery in 30 days";

        Response receipt = as("supplier.anhe")
                .header("Idempotency-Key", "canary-" + tender)
                .body(Bids.body(CANARY_PRICE, proposal))
                .post("/api/tenders/{t}/bids", tender);
        submit("supplier.boda", tender, "449000", "Boda offer " + CANARY).then().statusCode(201);

        // The receipt proves the canary and the price were in the document that was sealed.
        receipt.then()
                .statusCode(201)
                .body("contentDigest", equalTo(digestOf(tender, "supplier.anhe", CANARY_PRICE, proposal)));
        for (String secret : List.of(CANARY, CANARY_PRICE)) {
            assertThat(eventsContaining(secret)).as("events holding %s", secret).isZero();
            assertThat(rowsContaining("bid_view", secret))
                    .as("bid_view rows holding %s", secret)
                    .isZero();
            assertThat(rowsContaining("idempotency_record", secret))
                    .as("idempotency records holding %s", secret)
                    .isZero();
            assertThat(output.getAll()).as("log output").doesNotContain(secret);
        }

        Tenders.open(tender);

        // Opened, the price is on the record (so the search above could find it); the proposal still is not.
        assertThat(eventsContaining(CANARY_PRICE)).isEqualTo(1);
        assertThat(eventsContaining(CANARY)).isZero();
        assertThat(output.getAll()).doesNotContain(CANARY);
    }

    private long eventsContaining(String text) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM domainevententry WHERE position(convert_to(?, 'UTF8') in payload) > 0"
                        + " OR position(convert_to(?, 'UTF8') in metadata) > 0",
                Long.class,
                text,
                text);
    }

    private long rowsContaining(String table, String text) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM " + table + " r WHERE position(? in r::text) > 0", Long.class, text);
    }

    private static Map<String, Object> withoutInstance(Response response) {
        Map<String, Object> body = new HashMap<>(response.jsonPath().getMap(""));
        assertThat(body).containsKey("instance");
        body.remove("instance");
        return body;
    }
}
