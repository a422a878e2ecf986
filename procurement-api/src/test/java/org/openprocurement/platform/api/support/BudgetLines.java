package org.openprocurement.platform.api.support;

import static org.openprocurement.platform.api.support.HttpTest.as;

import java.time.Duration;
import java.util.LinkedHashMap;
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
                        "availableUntil", availableUntil()))
                .post("/api/budget-lines")
                .then()
                .statusCode(201)
                .extract()
                .header("Location");
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    /**
     * An availability end ten years past the platform's present: the suite moves platform time forward by weeks
     * at every tender opening, so a fixed date would sooner or later lie in the past and refuse the appropriation.
     */
    public static String availableUntil() {
        return PlatformTime.now().plus(Duration.ofDays(3650)).toString();
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

    /** A valid appropriation of {@code amount} CNY to the health commission, mutable to vary one field. */
    public static Map<String, Object> appropriation(String amount) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("organisationId", "city-health");
        body.put("fiscalYear", 2026);
        body.put("classificationCode", "2100101");
        body.put("purpose", "Medical equipment for district hospitals");
        body.put("amount", amount);
        body.put("currency", "CNY");
        body.put("availableUntil", availableUntil());
        return body;
    }

    /** A valid appropriation with one field replaced, or removed when {@code value} is null. */
    public static Map<String, Object> appropriationWith(String field, Object value) {
        Map<String, Object> body = appropriation("1000000");
        if (value == null) {
            body.remove(field);
        } else {
            body.put(field, value);
        }
        return body;
    }

    /** A commitment request body of {@code amount} in the line's currency. */
    public static Map<String, Object> commitment(String amount) {
        return Map.of("purpose", "CT scanner procurement", "amount", amount);
    }

    /** A release request body of {@code amount}. */
    public static Map<String, Object> release(String amount) {
        return Map.of("amount", amount, "reason", "Tender came in below estimate");
    }

    /** The id at the end of a {@code Location} header. */
    public static UUID idIn(String location) {
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }
}
