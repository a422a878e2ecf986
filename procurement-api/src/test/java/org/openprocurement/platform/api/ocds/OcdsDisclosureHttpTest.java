package org.openprocurement.platform.api.ocds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openprocurement.platform.api.support.Bids;
import org.openprocurement.platform.api.support.BudgetLines;
import org.openprocurement.platform.api.support.HttpTest;
import org.openprocurement.platform.api.support.PlatformTime;
import org.openprocurement.platform.api.support.Tenders;

/**
 * Canaries: values planted in secret, restricted, deferred and sealed data are searched for in every public
 * response, the OCDS feed, the records and the bulk file; the insiders who may see them do see them.
 */
class OcdsDisclosureHttpTest extends HttpTest {

    private static final List<String> BIDDERS = List.of("supplier.anhe", "supplier.boda", "supplier.chenguang");

    private UUID draft(Map<String, Object> body) {
        return Tenders.draft(body);
    }

    private void classify(UUID tender, String classification) {
        as("health.officer")
                .body(Map.of("classification", classification, "justification", "Public security equipment"))
                .post("/api/tenders/{id}/classification", tender)
                .then()
                .statusCode(201)
                .body("classification", equalTo(classification));
    }

    /** Three bids at these prices, the opening, every bid qualified and the award to the first bidder. */
    private void runToAward(UUID tender, String... prices) {
        for (int i = 0; i < BIDDERS.size(); i++) {
            Bids.submit(BIDDERS.get(i), tender, prices[i], "Offer " + i).then().statusCode(201);
        }
        assertThat(Tenders.open(tender)).isEqualTo("OPENED");
        for (String supplier : BIDDERS) {
            Tenders.qualify(tender, Bids.bidOf(supplier, tender), true, List.of());
        }
        as("purchasing.agent")
                .body(Map.of("bidId", Bids.bidOf(BIDDERS.get(0), tender).toString()))
                .post("/api/tenders/{id}/awards", tender)
                .then()
                .statusCode(201);
    }

    /** Waits until the publisher has passed every event recorded so far: a later public release is out. */
    private void publisherHasCaughtUp() {
        UUID marker = Tenders.publishedPumps();
        OcdsFeed.awaitRelease(marker, "tender");
    }

    @Test
    void aSecretProcessNeverAppearsInAnyPublicOutput() {
        String canary = "CANARY-SECRET-" + UUID.randomUUID();
        Map<String, Object> body = Tenders.infusionPumps(BudgetLines.appropriate("1000000"));
        body.put("title", "Radar spares " + canary);
        body.put("method", "INVITATIONAL_TENDERING");
        body.put("invitedSupplierIds", List.of("anhe-medical", "boda-technology", "chenguang-office"));
        UUID tender = draft(body);
        classify(tender, "SECRET");
        Tenders.publish(tender);
        runToAward(tender, "90000", "95000", "99000");
        publisherHasCaughtUp();

        String outputs = PublicOutputs.of(tender);

        assertThat(outputs).doesNotContain(canary);
        // Per-tender reads answer 404 as for a tender that does not exist; no list names it at all.
        assertThat(PublicOutputs.listings()).doesNotContain(tender.toString());
        anonymous().get("/api/tenders/{id}", tender).then().statusCode(404);
        as(PublicOutputs.OUTSIDER).get("/api/tenders/{id}", tender).then().statusCode(404);
        as(PublicOutputs.OUTSIDER)
                .body(Bids.body("80000", "Uninvited"))
                .post("/api/tenders/{id}/bids", tender)
                .then()
                .statusCode(404);
        as("supplier.anhe").get("/api/tenders/{id}", tender).then().statusCode(200);
        as("purchasing.agent").get("/api/tenders/{id}", tender).then().body("title", equalTo("Radar spares " + canary));
    }

    @Test
    void aRestrictedProcessIsPublishedWithItsValuesWithheldEverywhere() {
        Map<String, Object> body = Tenders.infusionPumps(BudgetLines.appropriate("1000000"));
        body.put(
                "items",
                List.of(Map.of(
                        "description", "Volumetric infusion pump",
                        "classificationCode", "33194110-0",
                        "quantity", 100,
                        "unit", "piece",
                        "estimatedValue", "731947.13")));
        UUID tender = draft(body);
        classify(tender, "RESTRICTED");
        Tenders.publish(tender);
        runToAward(tender, "712345.67", "722222.22", "733333.33");
        OcdsFeed.awaitRelease(tender, "award");

        String outputs = PublicOutputs.of(tender);

        assertThat(outputs).doesNotContain("731947.13").doesNotContain("712345.67");
        JsonNode record = OcdsFeed.record(tender);
        assertThat(OcdsSchemas.recordPackageErrors(record)).isEmpty();
        JsonNode compiled = record.at("/records/0/compiledRelease");
        assertThat(compiled.at("/tender/value").isMissingNode()).isTrue();
        assertThat(compiled.at("/planning/budget").isMissingNode()).isTrue();
        assertThat(compiled.at("/awards/0/value").isMissingNode()).isTrue();
        assertThat(compiled.at("/awards/0/suppliers/0/id").asText()).isEqualTo("anhe-medical");
        as("purchasing.agent").get("/api/tenders/{id}", tender).then().body("estimatedValue", equalTo(731947.13f));
        as("health.officer")
                .get("/api/tenders/{id}/disclosure", tender)
                .then()
                .body("maskedFields", org.hamcrest.Matchers.hasItems("tender.value", "awards.value"));
    }

    @Test
    void deferredItemsAndAwardValueAppearOnTheirAccessDateAsNewReleases() {
        String item = "CANARY-ITEM-" + UUID.randomUUID();
        Map<String, Object> body = Tenders.infusionPumps(BudgetLines.appropriate("1000000"));
        body.put(
                "items",
                List.of(Map.of(
                        "description", item,
                        "classificationCode", "33194110-0",
                        "quantity", 100,
                        "unit", "piece",
                        "estimatedValue", "100000")));
        UUID tender = draft(body);
        Instant accessDate = PlatformTime.now().plus(Duration.ofDays(40));
        defer(tender, "awards.value", accessDate);
        defer(tender, "tender.items", accessDate.plus(Duration.ofDays(2)));
        Tenders.publish(tender);
        runToAward(tender, "81234.56", "85000", "88000");
        OcdsFeed.awaitRelease(tender, "award");

        assertThat(PublicOutputs.of(tender)).doesNotContain("81234.56").doesNotContain(item);

        PlatformTime.advancePast(accessDate);
        OcdsFeed.awaitRelease(tender, "awardUpdate");
        assertThat(PublicOutputs.of(tender)).contains("81234.56").doesNotContain(item);
        PlatformTime.advancePast(accessDate.plus(Duration.ofDays(2)));
        await("the items' release")
                .atMost(Duration.ofSeconds(30))
                .until(() -> OcdsFeed.tagsOf(tender).size() == 6);

        JsonNode record = OcdsFeed.record(tender);
        assertThat(OcdsSchemas.recordPackageErrors(record)).isEmpty();
        assertThat(OcdsFeed.tagsOf(tender))
                .as("publication, opening, award and its contract, then each field on its own access date")
                .containsExactly(
                        "planning+tender",
                        "tenderUpdate",
                        "award",
                        "contract",
                        "awardUpdate+contractUpdate",
                        "tenderUpdate");
        JsonNode compiled = record.at("/records/0/compiledRelease");
        assertThat(compiled.at("/awards/0/value/amount").decimalValue()).isEqualByComparingTo("81234.56");
        assertThat(compiled.at("/contracts/0/value/amount").decimalValue()).isEqualByComparingTo("81234.56");
        assertThat(compiled.at("/tender/items/0/description").asText()).isEqualTo(item);
        anonymous().get("/api/tenders/{id}/evaluation", tender).then().body("awards[0].value", equalTo(81234.56f));
        assertThat(PublicOutputs.of(tender)).contains("81234.56").contains(item);
    }

    private void defer(UUID tender, String field, Instant until) {
        Map<String, Object> deferral = new HashMap<>();
        deferral.put("field", field);
        deferral.put("justification", "Disclosure would prejudice the supplier's legitimate commercial interests");
        deferral.put("disclosableAt", until.toString());
        as("health.officer")
                .body(deferral)
                .post("/api/tenders/{id}/deferrals", tender)
                .then()
                .statusCode(201);
    }

    @Test
    void sealedBidContentsNeverLeakBeforeTheOpeningAndProposalsNever() {
        String proposal = "CANARY-PROPOSAL-" + UUID.randomUUID();
        UUID tender = Tenders.publishedPumps();
        Bids.submit("supplier.anhe", tender, "61111.11", proposal).then().statusCode(201);
        Bids.submit("supplier.boda", tender, "62222.22", proposal).then().statusCode(201);
        Bids.submit("supplier.chenguang", tender, "63333.33", proposal).then().statusCode(201);
        publisherHasCaughtUp();

        String beforeOpening = PublicOutputs.of(tender);

        assertThat(beforeOpening)
                .doesNotContain(proposal)
                .doesNotContain("61111.11")
                .doesNotContain("anhe-medical\",\"roles\":[\"tenderer");
        assertThat(OcdsFeed.tagsOf(tender)).containsExactly("planning+tender");

        Tenders.open(tender);
        OcdsFeed.awaitRelease(tender, "tenderUpdate");
        String afterOpening = PublicOutputs.of(tender);

        assertThat(afterOpening).doesNotContain(proposal).contains("61111.11");
    }
}
