package org.openprocurement.platform.api.support;

import static org.openprocurement.platform.api.support.HttpTest.as;

import java.util.Map;
import java.util.UUID;

/** Test steps on budget lines, through HTTP. */
public final class BudgetLines {

    private BudgetLines() {}

    /** Finance appropriates {@code amount} CNY to the health commission; returns the new line's id. */
    public static UUID appropriate(String amount) {
        String location = as("finance.officer")
                .body(Map.of(
                        "organisationId", "city-health",
                        "fiscalYear", 2026,
                        "classificationCode", "2100101",
                        "purpose", "Medical equipment for district hospitals",
                        "amount", amount,
                        "currency", "CNY",
                        "availableUntil", "2030-12-31T16:00:00Z"))
                .post("/api/budget-lines")
                .then()
                .statusCode(201)
                .extract()
                .header("Location");
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    /** The health officer commits {@code amount} on the line; returns the commitment id. */
    public static UUID commit(UUID line, String amount) {
        String location = as("health.officer")
                .body(Map.of("purpose", "CT scanner procurement", "amount", amount))
                .post("/api/budget-lines/{id}/commitments", line)
                .then()
                .statusCode(201)
                .extract()
                .header("Location");
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }
}
