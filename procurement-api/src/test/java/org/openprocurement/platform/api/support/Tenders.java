package org.openprocurement.platform.api.support;

import static org.awaitility.Awaitility.await;
import static org.openprocurement.platform.api.support.HttpTest.anonymous;
import static org.openprocurement.platform.api.support.HttpTest.as;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Test steps on tenders, through HTTP: drafted by the health officer, published by the purchasing agency. */
public final class Tenders {

    /** The least time from now to a deadline that every method's tendering period allows. */
    public static final Duration TENDERING_PERIOD = Duration.ofDays(21);

    private static final Duration OPENING_BOUND = Duration.ofSeconds(30);

    private Tenders() {}

    /** A published open tender for medical equipment, with its deadline 21 days from the platform's now. */
    public static UUID published() {
        return publish(draft(openTendering(BudgetLines.appropriate("1000000"))));
    }

    /** A published single-source tender inviting only {@code supplierId}. */
    public static UUID publishedSingleSource(String supplierId) {
        Map<String, Object> body = openTendering(BudgetLines.appropriate("1000000"));
        body.put("method", "SINGLE_SOURCE");
        body.put("invitedSupplierIds", List.of(supplierId));
        body.put("justification", "sole patent holder");
        return publish(draft(body));
    }

    /** A published invitational tender (邀请招标) inviting only {@code supplierIds}. */
    public static UUID publishedInvitational(String... supplierIds) {
        Map<String, Object> body = openTendering(BudgetLines.appropriate("1000000"));
        body.put("method", "INVITATIONAL_TENDERING");
        body.put("invitedSupplierIds", List.of(supplierIds));
        return publish(draft(body));
    }

    /** A valid open-tendering draft on the budget line, deadline 21 days from the platform's now. */
    public static Map<String, Object> openTendering(UUID budgetLine) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("description", "Portable ultrasound scanner");
        item.put("classificationCode", "33112200-0");
        item.put("quantity", "4");
        item.put("unit", "unit");
        item.put("estimatedValue", "480000");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("budgetLineId", budgetLine.toString());
        body.put("title", "Ultrasound scanners for district hospitals");
        body.put("description", "Four portable ultrasound scanners with three years of maintenance");
        body.put("category", "GOODS");
        body.put("method", "OPEN_TENDERING");
        body.put("awardCriteria", "LOWEST_PRICE");
        body.put("criteria", List.of());
        body.put("items", List.of(item));
        body.put("tenderPeriodEnd", PlatformTime.now().plus(TENDERING_PERIOD).toString());
        body.put("invitedSupplierIds", List.of());
        body.put("justification", null);
        return body;
    }

    /** The health officer drafts the tender; returns its id. */
    public static UUID draft(Map<String, Object> body) {
        String location = as("health.officer")
                .body(body)
                .post("/api/tenders")
                .then()
                .statusCode(201)
                .extract()
                .header("Location");
        return BudgetLines.idIn(location);
    }

    /** The purchasing agency publishes the tender; returns its id. */
    public static UUID publish(UUID tender) {
        as("purchasing.agent")
                .body(Map.of())
                .post("/api/tenders/{id}/publication", tender)
                .then()
                .statusCode(201);
        return tender;
    }

    /** The purchasing agency amends the tender documents, keeping the deadline. */
    public static void amend(UUID tender) {
        as("purchasing.agent")
                .body(Map.of(
                        "description", "Item 1 now includes a second transducer",
                        "rationale", "Clinicians asked for a cardiac probe"))
                .post("/api/tenders/{id}/amendments", tender)
                .then()
                .statusCode(201);
    }

    /** The purchasing agency cancels the tender. */
    public static void cancel(UUID tender) {
        as("purchasing.agent")
                .body(Map.of("reason", "The need was met by a donation"))
                .post("/api/tenders/{id}/cancellation", tender)
                .then()
                .statusCode(201);
    }

    /** The tender's bid deadline in force. */
    public static Instant deadlineOf(UUID tender) {
        return Instant.parse(anonymous()
                .get("/api/tenders/{id}", tender)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("tenderPeriodEnd"));
    }

    /** The tender's status as published. */
    public static String statusOf(UUID tender) {
        return anonymous()
                .get("/api/tenders/{id}", tender)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("status");
    }

    /**
     * Moves the platform's time past the tender's deadline and waits, bounded, until the box was opened; returns
     * the status then: OPENED, or FAILED when too few bids count.
     */
    public static String open(UUID tender) {
        // Read as the purchasing agency, which sees every tender it runs, a secret one too.
        PlatformTime.advancePast(Instant.parse(insiderRead(tender, "tenderPeriodEnd")));
        return await("the box of tender " + tender + " opening after its deadline")
                .atMost(OPENING_BOUND)
                .pollInterval(Duration.ofMillis(100))
                .until(() -> insiderRead(tender, "status"), status -> !status.equals("PUBLISHED"));
    }

    private static String insiderRead(UUID tender, String field) {
        return as("purchasing.agent")
                .get("/api/tenders/{id}", tender)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString(field);
    }

    /** Infusion pumps: an open tender for goods at lowest price: one item of 100 units at 100,000 in all, deadline in 25 days. */
    public static Map<String, Object> infusionPumps(UUID budgetLine) {
        Map<String, Object> body = new HashMap<>();
        body.put("budgetLineId", budgetLine.toString());
        body.put("title", "Infusion pumps for district hospitals");
        body.put("description", "Volumetric infusion pumps with three years of maintenance");
        body.put("category", "GOODS");
        body.put("method", "OPEN_TENDERING");
        body.put("awardCriteria", "LOWEST_PRICE");
        body.put("criteria", List.of());
        body.put(
                "items",
                List.of(Map.of(
                        "description", "Volumetric infusion pump",
                        "classificationCode", "33194110-0",
                        "quantity", 100,
                        "unit", "piece",
                        "estimatedValue", "100000")));
        body.put("tenderPeriodEnd", PlatformTime.now().plus(Duration.ofDays(25)).toString());
        body.put("invitedSupplierIds", List.of());
        return body;
    }

    /** A published open tender for infusion pumps (estimate 100,000) on a fresh budget line of 1,000,000. */
    public static UUID publishedPumps() {
        return publish(draft(infusionPumps(BudgetLines.appropriate("1000000"))));
    }

    /** The purchasing agent records a qualification decision. */
    public static void qualify(UUID tender, UUID bid, boolean qualified, List<Map<String, Object>> scores) {
        Map<String, Object> body = new HashMap<>();
        body.put("bidId", bid.toString());
        body.put("qualified", qualified);
        body.put("reason", qualified ? "Meets every requirement" : "Missing the required certificate");
        body.put("scores", scores);
        as("purchasing.agent")
                .body(body)
                .post("/api/tenders/{id}/qualifications", tender)
                .then()
                .statusCode(201);
    }
}
