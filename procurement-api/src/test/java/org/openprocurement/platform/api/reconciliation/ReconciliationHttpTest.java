package org.openprocurement.platform.api.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openprocurement.platform.api.support.Bids.bidOf;
import static org.openprocurement.platform.api.support.Bids.submit;

import io.restassured.path.json.JsonPath;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openprocurement.platform.api.support.HttpTest;
import org.openprocurement.platform.api.support.Tenders;

/** Operators compare the event store with every read model; a read model that drifted is named, row by row. */
class ReconciliationHttpTest extends HttpTest {

    @Test
    void readModelsKeptWithTheirEventsEqualTheirRebuildFromTheEventStore() {
        UUID tender = Tenders.published();
        submit("supplier.anhe", tender, "452000", "First offer").then().statusCode(201);
        submit("supplier.anhe", tender, "441000", "Improved offer").then().statusCode(201);
        submit("supplier.boda", tender, "449000", "Boda offer").then().statusCode(201);

        long before = allEvents();
        JsonPath report = reconcile();
        long after = allEvents();

        assertThat(report.getBoolean("consistent")).as(report.prettify()).isTrue();
        // Deadlines of other tests' tenders may fire meanwhile: the replay saw a snapshot in between.
        assertThat(report.getLong("events")).isBetween(before, after);
        assertThat(table(report, "bid_view"))
                .containsEntry("missing", 0)
                .containsEntry("unexpected", 0)
                .containsEntry("liveRows", table(report, "bid_view").get("rebuiltRows"));
        assertThat(report.getList("tables.table", String.class))
                .contains("bid_view", "tender_view", "budget_line_view", "budget_commitment_view");
    }

    @Test
    void aRowChangedBehindTheEventStoresBackIsReportedWithItsKeyAndNothingIsChanged() {
        UUID tender = Tenders.published();
        submit("supplier.anhe", tender, "452000", "Offer").then().statusCode(201);
        UUID bid = bidOf("supplier.anhe", tender);
        long events = allEvents();
        jdbc.update("UPDATE bid_view SET confirmed_amendment = confirmed_amendment + 7 WHERE bid_id = ?", bid);
        try {
            JsonPath report = reconcile();

            assertThat(report.getBoolean("consistent")).isFalse();
            Map<String, Object> bids = table(report, "bid_view");
            assertThat(bids).containsEntry("missing", 1).containsEntry("unexpected", 1);
            assertThat(report.getList("tables.find { it.table == 'bid_view' }.keys", String.class))
                    .containsExactly(bid.toString());
            assertThat(table(report, "tender_view")).containsEntry("missing", 0).containsEntry("unexpected", 0);
            assertThat(allEvents()).isEqualTo(events);
            assertThat(jdbc.queryForObject(
                            "SELECT confirmed_amendment FROM bid_view WHERE bid_id = ?", Integer.class, bid))
                    .as("the live row is left as found")
                    .isEqualTo(7);
        } finally {
            jdbc.update("UPDATE bid_view SET confirmed_amendment = confirmed_amendment - 7 WHERE bid_id = ?", bid);
        }
    }

    @Test
    void onlyAdministratorsReconcile() {
        as("auditor").get("/api/admin/reconciliation").then().statusCode(403);
        anonymous().get("/api/admin/reconciliation").then().statusCode(401);
    }

    private static JsonPath reconcile() {
        return as("admin")
                .get("/api/admin/reconciliation")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static Map<String, Object> table(JsonPath report, String name) {
        return report.getMap("tables.find { it.table == '" + name + "' }");
    }
}
