package org.openprocurement.platform.api.ocds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openprocurement.platform.api.support.Bids;
import org.openprocurement.platform.api.support.BudgetLines;
import org.openprocurement.platform.api.support.HttpTest;
import org.openprocurement.platform.api.support.Tenders;
import org.springframework.dao.DataAccessException;

/**
 * Whole processes run through HTTP, then read as the public reads them: every package served validates at 0
 * errors against OCDS 1.1.5 with formats checked, and the compiled records pass OCP's coherence checks.
 */
class OcdsLifecycleHttpTest extends HttpTest {

    /** An open tender with an answered enquiry, an amendment, three bids, evaluation and award. */
    private UUID awardedTender() {
        UUID tender = Tenders.publishedPumps();
        String enquiry = as("supplier.anhe")
                .body(Map.of("question", "Is a drip counter required?"))
                .post("/api/tenders/{id}/enquiries", tender)
                .then()
                .statusCode(201)
                .extract()
                .header("Location");
        as("purchasing.agent")
                .body(Map.of("answer", "Yes, on every pump."))
                .post(enquiry + "/answer")
                .then()
                .statusCode(201);
        Tenders.amend(tender);
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
                .body(Map.of("bidId", Bids.bidOf("supplier.boda", tender).toString()))
                .post("/api/tenders/{id}/awards", tender)
                .then()
                .statusCode(201);
        OcdsFeed.awaitRelease(tender, "award");
        return tender;
    }

    @Test
    void anAwardedTenderIsOneReleasePerPublicEventAndItsRecordIsValidAndCoherent() {
        UUID tender = awardedTender();

        JsonNode record = OcdsFeed.record(tender);

        assertThat(OcdsSchemas.recordPackageErrors(record)).isEmpty();
        assertThat(OcdsFeed.tagsOf(tender))
                .as("the award opens its contract in the same transaction: both are published in one pass")
                .containsExactly(
                        "planning+tender", "tenderUpdate", "tenderAmendment", "tenderUpdate", "award", "contract");
        JsonNode compiled = record.at("/records/0/compiledRelease");
        assertThat(OcdsCoherence.violations(compiled)).isEmpty();
        assertThat(compiled.at("/ocid").asText()).isEqualTo(OcdsFeed.ocid(tender));
        assertThat(compiled.at("/tender/status").asText()).isEqualTo("complete");
        assertThat(compiled.at("/tender/numberOfTenderers").asInt()).isEqualTo(3);
        assertThat(compiled.at("/planning/budget/amount/amount").decimalValue()).isEqualByComparingTo("100000");
        assertThat(compiled.at("/awards/0/value/amount").decimalValue()).isEqualByComparingTo("90000");
        assertThat(compiled.at("/awards/0/suppliers/0/id").asText()).isEqualTo("boda-technology");
        assertThat(compiled.at("/tender/documents/0/documentType").asText()).isEqualTo("clarifications");
        assertThat(compiled.at("/tender/amendments/0/releaseID").asText())
                .isEqualTo(record.at("/records/0/releases/2/id").asText());
        assertThat(roles(compiled))
                .contains(
                        "city-health:buyer",
                        "central-purchasing:procuringEntity",
                        "boda-technology:tenderer",
                        "boda-technology:supplier");
        Instant publishedAt = Instant.parse(
                anonymous().get("/api/tenders/{id}", tender).then().extract().path("publishedAt"));
        assertThat(Instant.parse(record.at("/records/0/releases/0/date").asText()))
                .isEqualTo(publishedAt);
    }

    @Test
    void eachReleaseIsServedAloneAsAValidPackageThatNeverChanges() {
        UUID tender = awardedTender();
        List<String> ids = new ArrayList<>();
        OcdsFeed.record(tender)
                .at("/records/0/releases")
                .forEach(r -> ids.add(r.get("id").asText()));

        for (String id : ids) {
            JsonNode first = OcdsFeed.json(anonymous().get("/api/public/ocds/releases/{id}", id));
            assertThat(OcdsSchemas.releasePackageErrors(first)).isEmpty();
            JsonNode again = OcdsFeed.json(anonymous().get("/api/public/ocds/releases/{id}", id));
            assertThat(again.get("releases")).isEqualTo(first.get("releases"));
        }
        assertThat(new HashSet<>(ids)).hasSameSizeAs(ids);
        // Not even the database lets a published release change or disappear.
        assertThatThrownBy(() -> jdbc.update("UPDATE ocds_release SET release = '{}' WHERE release_id = ?", ids.get(0)))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("cannot be changed or withdrawn");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM ocds_release WHERE release_id = ?", ids.get(0)))
                .isInstanceOf(DataAccessException.class);
        anonymous()
                .get("/api/public/ocds/releases/{id}", "ocds-xxxxxx-unknown-0001")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void failedAndCancelledTendersArePublishedAsUnsuccessfulAndCancelled() {
        UUID failed = Tenders.publishedPumps();
        Bids.submit("supplier.anhe", failed, "95000", "A").then().statusCode(201);
        assertThat(Tenders.open(failed)).isEqualTo("FAILED");
        UUID cancelled = Tenders.publishedPumps();
        Tenders.cancel(cancelled);
        UUID draftOnly = Tenders.draft(Tenders.infusionPumps(BudgetLines.appropriate("1000000")));
        as("health.officer")
                .body(Map.of("reason", "Not needed"))
                .post("/api/tenders/{id}/cancellation", draftOnly)
                .then()
                .statusCode(201);

        OcdsFeed.awaitRelease(failed, "tenderUpdate");
        OcdsFeed.awaitRelease(cancelled, "tenderCancellation");

        JsonNode failedRecord = OcdsFeed.record(failed);
        assertThat(OcdsSchemas.recordPackageErrors(failedRecord)).isEmpty();
        assertThat(failedRecord.at("/records/0/compiledRelease/tender/status").asText())
                .isEqualTo("unsuccessful");
        JsonNode cancelledRecord = OcdsFeed.record(cancelled);
        assertThat(OcdsSchemas.recordPackageErrors(cancelledRecord)).isEmpty();
        assertThat(cancelledRecord
                        .at("/records/0/compiledRelease/tender/status")
                        .asText())
                .isEqualTo("cancelled");
        // A draft is never public: cancelled before publication, it has no record at all.
        anonymous()
                .get("/api/public/ocds/records/{ocid}", OcdsFeed.ocid(draftOnly))
                .then()
                .statusCode(404);
    }

    @Test
    void everyFeedPageAndTheBulkFileHoldValidReleasesInFeedOrder() throws Exception {
        UUID tender = awardedTender();

        List<JsonNode> pages = OcdsFeed.allPages(50);
        List<String> feedIds = new ArrayList<>();
        for (JsonNode page : pages) {
            assertThat(OcdsSchemas.releasePackageErrors(page)).isEmpty();
            page.get("releases").forEach(r -> feedIds.add(r.get("id").asText()));
        }
        List<String> bulkIds = new ArrayList<>();
        for (String line : OcdsFeed.bulkLines()) {
            bulkIds.add(OcdsFeed.json(line).get("id").asText());
        }

        assertThat(feedIds).contains(OcdsFeed.ocid(tender) + "-0005");
        assertThat(new HashSet<>(feedIds)).hasSameSizeAs(feedIds);
        assertThat(bulkIds.subList(0, feedIds.size())).isEqualTo(feedIds);
        anonymous().get("/api/public/ocds/releases?after=-1").then().statusCode(400);
        anonymous().get("/api/public/ocds/releases?limit=0").then().statusCode(400);
    }

    private static Set<String> roles(JsonNode compiled) {
        Set<String> roles = new HashSet<>();
        compiled.get("parties")
                .forEach(p -> p.get("roles").forEach(r -> roles.add(p.get("id").asText() + ":" + r.asText())));
        return roles;
    }
}
