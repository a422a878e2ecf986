package org.openprocurement.platform.api.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openprocurement.platform.api.support.Bids;
import org.openprocurement.platform.api.support.BudgetLines;
import org.openprocurement.platform.api.support.Contracts;
import org.openprocurement.platform.api.support.HttpTest;
import org.openprocurement.platform.api.support.Tenders;

/** Auditors replay the recorded history of a whole process: who did what, for whom, when. */
class ProcessHistoryHttpTest extends HttpTest {

    @Test
    void theHistoryOfAnAwardedTenderNamesEveryActorAndKeepsBidsSealedUntilTheOpening() {
        UUID line = BudgetLines.appropriate("1000000");
        UUID tender = Tenders.draft(Tenders.infusionPumps(line));
        Tenders.publish(tender);
        Bids.submit("supplier.anhe", tender, "95000", "Brand A pumps").then().statusCode(201);
        Bids.submit("supplier.boda", tender, "90000", "Brand B pumps").then().statusCode(201);
        Bids.submit("supplier.chenguang", tender, "99000", "Brand C pumps")
                .then()
                .statusCode(201);

        JsonPath sealed = history(tender);
        assertThat(sealed.getList("event", String.class))
                .containsExactly("TenderDrafted", "FundsCommitted", "TenderPublished");
        assertThat(sealed.prettify()).doesNotContain("anhe-medical", "boda-technology", "Brand A");

        Tenders.open(tender);
        for (String supplier : List.of("supplier.anhe", "supplier.boda", "supplier.chenguang")) {
            Tenders.qualify(tender, Bids.bidOf(supplier, tender), true, List.of());
        }
        as("purchasing.agent")
                .body(Map.of("bidId", Bids.bidOf("supplier.boda", tender).toString()))
                .post("/api/tenders/{id}/awards", tender)
                .then()
                .statusCode(201);

        JsonPath full = history(tender);
        List<String> events = full.getList("event", String.class);
        assertThat(events)
                .startsWith("TenderDrafted", "FundsCommitted", "TenderPublished")
                .contains("BidSubmitted", "BidsOpened", "BidQualified", "TenderAwarded", "FundsReleased");
        assertThat(events).filteredOn("BidSubmitted"::equals).hasSize(3);
        assertThat(entry(full, "TenderDrafted"))
                .containsEntry("user", "health.officer")
                .containsEntry("organisation", "city-health")
                .containsEntry("role", "OFFICER");
        assertThat(entry(full, "TenderPublished"))
                .containsEntry("user", "purchasing.agent")
                .containsEntry("organisation", "central-purchasing")
                .containsEntry("role", "PURCHASING_AGENT");
        assertThat(entry(full, "BidsOpened")).containsEntry("user", "system").containsEntry("role", "SYSTEM");
        assertThat(full.getList("correlationId", String.class)).doesNotContainNull();
        assertThat(full.getList("requestTime", String.class)).doesNotContainNull();
        assertThat(full.getList("globalIndex", Long.class)).isSorted();
        assertThat(full.prettify()).doesNotContain("sealedContent");
    }

    @Test
    void theHistoryHoldsTheContractOfTheAwardAndTheRequestsForDisclosureAboutTheProcess() {
        Contracts.Awarded awarded = Contracts.awarded();
        String request = anonymous()
                .body(Map.of("information", "The evaluation report of the infusion pumps"))
                .post("/api/public/processes/{id}/disclosure-requests", awarded.tender())
                .then()
                .statusCode(201)
                .extract()
                .path("requestId");
        as("health.officer")
                .body(Map.of("decision", "GRANTED", "information", "The report is attached."))
                .post("/api/disclosure-requests/{r}/answer", request)
                .then()
                .statusCode(201);
        as("purchasing.agent")
                .body(Map.of("reason", "The supplier withdrew before signing"))
                .post("/api/contracts/{id}/termination", awarded.contract())
                .then()
                .statusCode(201);

        JsonPath full = history(awarded.tender());
        assertThat(full.getList("event", String.class))
                .containsSubsequence(
                        "TenderAwarded",
                        "ContractCreated",
                        "DisclosureRequested",
                        "DisclosureRequestAnswered",
                        "ContractTerminated",
                        "FundsReleased");
        assertThat(entry(full, "ContractCreated"))
                .containsEntry("aggregateType", "Contract")
                .containsEntry("aggregateId", awarded.contract().toString())
                .containsEntry("user", "purchasing.agent");
        assertThat(entry(full, "DisclosureRequested"))
                .containsEntry("aggregateType", "DisclosureRequest")
                .containsEntry("aggregateId", request);
        assertThat(entry(full, "DisclosureRequestAnswered")).containsEntry("user", "health.officer");
        assertThat(full.getList("globalIndex", Long.class)).isSorted();
        // Another process's contract stays out of this one's history.
        assertThat(history(Contracts.awarded().tender()).getList("aggregateId", String.class))
                .doesNotContain(awarded.contract().toString(), request);
    }

    @Test
    void theStateAsOfAnyPastInstantEqualsWhatTheLiveApiShowedThen() throws Exception {
        List<Instant> instants = new ArrayList<>();
        List<Map<String, Object>> snapshots = new ArrayList<>();
        UUID tender = Tenders.draft(Tenders.openTendering(BudgetLines.appropriate("1000000")));
        snapshot(tender, instants, snapshots);
        Tenders.publish(tender);
        snapshot(tender, instants, snapshots);
        as("supplier.anhe")
                .body(Map.of("question", "Is a 5-year warranty acceptable?"))
                .post("/api/tenders/{id}/enquiries", tender)
                .then()
                .statusCode(201);
        snapshot(tender, instants, snapshots);
        Tenders.amend(tender);
        snapshot(tender, instants, snapshots);
        Bids.submit("supplier.anhe", tender, "1000", "Offer").then().statusCode(201);
        Tenders.open(tender);
        snapshot(tender, instants, snapshots);

        for (int i = 0; i < instants.size(); i++) {
            Map<String, Object> replayed = as("auditor")
                    .queryParam("asOf", instants.get(i).toString())
                    .get("/api/audit/processes/{id}/state", tender)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getMap("$");
            assertThat(replayed).as("as of snapshot %d", i).isEqualTo(snapshots.get(i));
        }
        assertThat(snapshots)
                .extracting(s -> s.get("status"))
                .containsExactly("DRAFT", "PUBLISHED", "PUBLISHED", "PUBLISHED", "FAILED");
        JsonPath diff = as("auditor")
                .queryParam("from", instants.get(0).toString())
                .queryParam("to", instants.get(1).toString())
                .get("/api/audit/processes/{id}/diff", tender)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(diff.getList("changes.path", String.class)).contains("/status", "/publishedAt");
        assertThat(diff.getString("changes.find { it.path == '/status' }.before"))
                .isEqualTo("DRAFT");
        assertThat(diff.getString("changes.find { it.path == '/status' }.after"))
                .isEqualTo("PUBLISHED");
        as("auditor")
                .queryParam("from", instants.get(1).toString())
                .queryParam("to", instants.get(0).toString())
                .get("/api/audit/processes/{id}/diff", tender)
                .then()
                .statusCode(400);
        as("auditor")
                .queryParam("asOf", instants.get(0).minusSeconds(60).toString())
                .get("/api/audit/processes/{id}/state", tender)
                .then()
                .statusCode(404);
        as("auditor")
                .queryParam("asOf", "yesterday")
                .get("/api/audit/processes/{id}/state", tender)
                .then()
                .statusCode(400);
    }

    private static void snapshot(UUID tender, List<Instant> instants, List<Map<String, Object>> snapshots)
            throws InterruptedException {
        snapshots.add(as("auditor")
                .get("/api/tenders/{id}", tender)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("$"));
        instants.add(Instant.now());
        Thread.sleep(5);
    }

    @Test
    void onlyAuditorsReadHistoriesAndAnUnknownProcessIs404() {
        UUID tender = Tenders.published();

        for (String user : List.of("health.officer", "purchasing.agent", "supplier.anhe", "finance.officer")) {
            as(user).get("/api/audit/processes/{id}/history", tender).then().statusCode(403);
        }
        anonymous().get("/api/audit/processes/{id}/history", tender).then().statusCode(401);
        as("auditor")
                .get("/api/audit/processes/{id}/history", UUID.randomUUID())
                .then()
                .statusCode(404);
    }

    private static JsonPath history(UUID tender) {
        return as("auditor")
                .get("/api/audit/processes/{id}/history", tender)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static Map<String, Object> entry(JsonPath history, String event) {
        return history.getList("$", Map.class).stream()
                .filter(e -> event.equals(e.get("event")))
                .map(e -> (Map<String, Object>) e)
                .findFirst()
                .orElseThrow();
    }
}
