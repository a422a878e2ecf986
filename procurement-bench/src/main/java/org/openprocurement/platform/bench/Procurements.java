package org.openprocurement.platform.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** The business set-up a load needs, through the REST API: a budget line and published open tenders. */
final class Procurements {

    private final Client client;
    private String budgetLine;

    Procurements(Client client) {
        this.client = client;
    }

    /** Finance appropriates one large line for the health commission, on first use. */
    private String budgetLine() {
        if (budgetLine == null) {
            ObjectNode line = Client.JSON
                    .createObjectNode()
                    .put("organisationId", "city-health")
                    .put("fiscalYear", 2026)
                    .put("classificationCode", "2100101")
                    .put("purpose", "Medical equipment for district hospitals (benchmark)")
                    .put("amount", "1000000000")
                    .put("currency", "CNY")
                    .put("availableUntil", "2030-12-31T16:00:00Z");
            budgetLine = client.call(Accounts.FINANCE, "POST", "/api/budget-lines", line.toString())
                    .expect(201)
                    .createdId();
        }
        return budgetLine;
    }

    /** An open tender drafted by the health officer and published by the purchasing agency; its id. */
    UUID publishedTender(String title) {
        ObjectNode draft = Client.JSON
                .createObjectNode()
                .put("budgetLineId", budgetLine())
                .put("title", title)
                .put("description", "Portable ultrasound scanners with three years of maintenance")
                .put("category", "GOODS")
                .put("method", "OPEN_TENDERING")
                .put("awardCriteria", "LOWEST_PRICE")
                .put("tenderPeriodEnd", Instant.now().plus(Duration.ofDays(21)).toString());
        draft.putArray("criteria");
        draft.putArray("invitedSupplierIds");
        draft.putNull("justification");
        draft.putArray("items")
                .addObject()
                .put("description", "Portable ultrasound scanner")
                .put("classificationCode", "33112200-0")
                .put("quantity", "4")
                .put("unit", "unit")
                .put("estimatedValue", "480000");
        String tender = client.call(Accounts.OFFICER, "POST", "/api/tenders", draft.toString())
                .expect(201)
                .createdId();
        client.call(Accounts.AGENT, "POST", "/api/tenders/" + tender + "/publication", "{}")
                .expect(201);
        return UUID.fromString(tender);
    }

    /** A bid body of about the size a real proposal summary has. */
    static String bid(int index) {
        String proposal = ("Offer " + index + ": four portable ultrasound scanners, model PX-" + (index % 97)
                        + ", delivery within 30 days, three years of on-site maintenance, training for 12 staff. ")
                .repeat(3);
        return "{\"price\":" + (400000 + index % 80000) + ".00,\"proposal\":\"" + proposal + "\"}";
    }
}
