package org.openprocurement.platform.api.bid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.openprocurement.platform.api.support.Bids.bidOf;
import static org.openprocurement.platform.api.support.Bids.digestOf;
import static org.openprocurement.platform.api.support.Bids.submit;
import static org.openprocurement.platform.api.support.ProblemResponses.invalidField;
import static org.openprocurement.platform.api.support.ProblemResponses.problem;

import io.restassured.response.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openprocurement.platform.api.support.Bids;
import org.openprocurement.platform.api.support.BudgetLines;
import org.openprocurement.platform.api.support.HttpTest;
import org.openprocurement.platform.api.support.PlatformTime;
import org.openprocurement.platform.api.support.Tenders;
import org.openprocurement.platform.core.bid.event.BidReplaced;
import org.openprocurement.platform.core.bid.event.BidSubmitted;

/** Suppliers submit sealed bids and get a receipt that proves what they submitted; nobody else bids. */
class BidSubmissionHttpTest extends HttpTest {

    @Test
    void everySupplierGetsAReceiptWhoseDigestIsTheSha256OfItsExactDocument() {
        UUID tender = Tenders.published();
        List<String[]> offers = List.of(
                new String[] {"supplier.anhe", "452000.00", "Four Anhe AU-7 scanners, 3 years on-site service"},
                new String[] {
                    "supplier.boda", "449999.5", "Boda Sono-X \u00d74 \u2014 \u533b\u7597\u8bbe\u5907, \"quoted\""
                },
                new String[] {"supplier.chenguang", "470000", "Chenguang CG-Ultra with training for 20 staff"});

        for (String[] offer : offers) {
            Instant sent = PlatformTime.now();
            Response response = submit(offer[0], tender, offer[1], offer[2]);

            UUID bid = bidOf(offer[0], tender);
            response.then()
                    .statusCode(201)
                    .header("Location", endsWith("/api/tenders/" + tender + "/bids/" + bid))
                    .header("ETag", equalTo("\"0\""))
                    .body("bidId", equalTo(bid.toString()))
                    .body("tenderId", equalTo(tender.toString()))
                    .body("contentDigest", equalTo(digestOf(tender, offer[0], offer[1], offer[2])))
                    .body("outcome", equalTo("SUBMITTED"));
            assertThat(Instant.parse(response.jsonPath().getString("receivedAt")))
                    .isAfterOrEqualTo(sent);
            assertThat(payloadTypesOf(bid)).containsExactly(BidSubmitted.class.getName());
        }
    }

    @Test
    void aSupplierThatBidsAgainReplacesItsBidAndStillHasOne() {
        UUID tender = Tenders.published();
        submit("supplier.anhe", tender, "452000", "First offer").then().statusCode(201);

        Response again = submit("supplier.anhe", tender, "441000", "Improved offer");

        UUID bid = bidOf("supplier.anhe", tender);
        String digest = digestOf(tender, "supplier.anhe", "441000", "Improved offer");
        again.then()
                .statusCode(201)
                .header("ETag", equalTo("\"1\""))
                .body("outcome", equalTo("REPLACED"))
                .body("contentDigest", equalTo(digest));
        as("supplier.anhe")
                .get("/api/tenders/{t}/bids", tender)
                .then()
                .statusCode(200)
                .body("", hasSize(1))
                .body("[0].bidId", equalTo(bid.toString()))
                .body("[0].contentDigest", equalTo(digest))
                .body("[0].status", equalTo("ACTIVE"));
        assertThat(payloadTypesOf(bid)).containsExactly(BidSubmitted.class.getName(), BidReplaced.class.getName());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM bid_view WHERE tender_id = ?", Long.class, tender))
                .isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"health.officer", "purchasing.agent", "finance.officer", "auditor", "admin"})
    void onlySuppliersBid(String user) {
        UUID tender = Tenders.published();

        Response response = appendingNothing(
                () -> as(user).body(Bids.body("1000", "An offer")).post("/api/tenders/{t}/bids", tender));

        problem(response, 403, "forbidden");
    }

    @Test
    void aPriceFinerThanTheTendersCurrencyIsInvalidInput() {
        UUID tender = Tenders.published();

        Response response = appendingNothing(() -> submit("supplier.anhe", tender, "452000.125", "An offer"));

        invalidField(response, "price");
    }

    @Test
    void aBidWithoutAPositivePriceOrAProposalIsInvalidInput() {
        UUID tender = Tenders.published();

        invalidField(appendingNothing(() -> submit("supplier.anhe", tender, "0", "An offer")), "price");
        invalidField(appendingNothing(() -> submit("supplier.anhe", tender, "1000", " ")), "proposal");
        invalidField(
                appendingNothing(() ->
                        as("supplier.anhe").body("{\"proposal\":\"An offer\"}").post("/api/tenders/{t}/bids", tender)),
                "price");
    }

    @Test
    void aDraftTenderAndAnUnknownTenderTakeNoBids() {
        UUID draft = Tenders.draft(Tenders.openTendering(BudgetLines.appropriate("1000000")));

        problem(appendingNothing(() -> submit("supplier.anhe", draft, "1000", "An offer")), 404, "not-found");
        problem(
                appendingNothing(() -> submit("supplier.anhe", UUID.randomUUID(), "1000", "An offer")),
                404,
                "not-found");
    }

    @Test
    void aCancelledTenderTakesNoBids() {
        UUID tender = Tenders.published();
        Tenders.cancel(tender);

        Response response = appendingNothing(() -> submit("supplier.anhe", tender, "1000", "An offer"));

        problem(response, 409, "tender-not-accepting-bids");
    }

    @Test
    void onlyTheInvitedSupplierBidsInASingleSourceTender() {
        UUID tender = Tenders.publishedSingleSource("anhe-medical");

        Response outsider = appendingNothing(() -> submit("supplier.boda", tender, "1000", "An offer"));

        problem(outsider, 422, "not-invited");
        submit("supplier.anhe", tender, "1000", "The patented device").then().statusCode(201);
    }

    @Test
    void theReceiptShowsExactlyTheTimeTheRecordKeeps() {
        UUID tender = Tenders.published();

        Response receipt = submit("supplier.anhe", tender, "1000", "An offer");
        Instant received =
                Instant.parse(receipt.then().statusCode(201).extract().path("receivedAt"));
        Instant kept = Instant.parse(as("supplier.anhe")
                .get("/api/tenders/{t}/bids/{b}", tender, bidOf("supplier.anhe", tender))
                .then()
                .statusCode(200)
                .extract()
                .path("submittedAt"));

        assertThat(kept).isEqualTo(received);
    }

    @Test
    void onlyRegisteredSupplierOrganisationsCanBeInvited() {
        Map<String, Object> draft = Tenders.openTendering(BudgetLines.appropriate("1000000"));
        draft.put("method", "INVITATIONAL_TENDERING");
        draft.put("invitedSupplierIds", List.of("anhe-medical", "boda-technology", "city-health"));

        Response response =
                appendingNothing(() -> as("health.officer").body(draft).post("/api/tenders"));

        problem(response, 400, "invalid-request")
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("invitedSupplierIds"));
    }

    @Test
    void anInvitationalTenderRefusesAnUninvitedSupplier() {
        UUID tender = Tenders.publishedInvitational("anhe-medical", "boda-technology", "dongfang-instruments");

        Response outsider = appendingNothing(() -> submit("supplier.chenguang", tender, "1000", "An offer"));

        problem(outsider, 422, "not-invited");
        submit("supplier.anhe", tender, "1000", "Invited offer").then().statusCode(201);
        submit("supplier.boda", tender, "1100", "Invited offer").then().statusCode(201);
    }

    private List<String> payloadTypesOf(UUID bid) {
        return jdbc.queryForList(
                "SELECT payloadtype FROM domainevententry WHERE aggregateidentifier = ? ORDER BY sequencenumber",
                String.class,
                bid.toString());
    }
}
