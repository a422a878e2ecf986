package org.openprocurement.platform.api.support;

import static org.openprocurement.platform.api.support.HttpTest.as;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Test steps on tenders, through HTTP, as the demo users would take them. */
public final class TenderSteps {

    private TenderSteps() {}

    /** An open tender for goods at lowest price: one item of 100 units at 100,000 in all, deadline in 25 days. */
    public static Map<String, Object> openTender(UUID budgetLine) {
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

    /** The health officer drafts the tender; returns its id. */
    public static UUID draft(Map<String, Object> body) {
        String location = as("health.officer")
                .body(body)
                .post("/api/tenders")
                .then()
                .statusCode(201)
                .extract()
                .header("Location");
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    /** The purchasing agent publishes the tender. */
    public static void publish(UUID tender) {
        as("purchasing.agent")
                .body(Map.of())
                .post("/api/tenders/{id}/publication", tender)
                .then()
                .statusCode(201);
    }

    /** A published open tender on a fresh budget line of 1,000,000; returns its id. */
    public static UUID publishedOpenTender() {
        UUID tender = draft(openTender(BudgetLines.appropriate("1000000")));
        publish(tender);
        return tender;
    }

    /** The tender's deadline as published. */
    public static Instant deadline(UUID tender) {
        return Instant.parse(as("purchasing.agent")
                .get("/api/tenders/{id}", tender)
                .then()
                .extract()
                .path("tenderPeriodEnd"));
    }

    /** Moves the platform's time past the deadline and waits (at most 30 s) until the tender box was opened. */
    public static String openBox(UUID tender) {
        PlatformTime.advancePast(deadline(tender));
        Instant giveUp = Instant.now().plusSeconds(30);
        while (true) {
            String status = as("purchasing.agent")
                    .get("/api/tenders/{id}", tender)
                    .then()
                    .extract()
                    .path("status");
            if (!"PUBLISHED".equals(status)) {
                return status;
            }
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError("The tender box of " + tender + " did not open within 30 s");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
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
