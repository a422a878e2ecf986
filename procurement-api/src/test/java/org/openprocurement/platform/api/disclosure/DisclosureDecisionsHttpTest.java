package org.openprocurement.platform.api.disclosure;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openprocurement.platform.api.support.BudgetLines;
import org.openprocurement.platform.api.support.HttpTest;
import org.openprocurement.platform.api.support.PlatformTime;
import org.openprocurement.platform.api.support.Tenders;

/** Only the buyer decides, only before publication, and every refusal is a problem that records nothing. */
class DisclosureDecisionsHttpTest extends HttpTest {

    private static Map<String, Object> deferral(String field) {
        return Map.of(
                "field",
                field,
                "justification",
                "Commercial confidentiality",
                "disclosableAt",
                PlatformTime.now().plus(Duration.ofDays(60)).toString());
    }

    private UUID draft() {
        return Tenders.draft(Tenders.infusionPumps(BudgetLines.appropriate("1000000")));
    }

    @Test
    void theBuyerClassifiesAndDefersBeforePublicationAndReadsWhatIsWithheld() {
        UUID tender = draft();

        as("health.officer")
                .body(Map.of("classification", "RESTRICTED", "justification", "Security of the supply chain"))
                .post("/api/tenders/{id}/classification", tender)
                .then()
                .statusCode(201)
                .header("Location", "/api/tenders/" + tender + "/disclosure");
        as("health.officer")
                .body(deferral("tender.items"))
                .post("/api/tenders/{id}/deferrals", tender)
                .then()
                .statusCode(201);

        as("auditor")
                .get("/api/tenders/{id}/disclosure", tender)
                .then()
                .statusCode(200)
                .body("classification", equalTo("RESTRICTED"))
                .body("maskedFields", hasItems("tender.items", "tender.value", "planning.budget", "awards.value"));
    }

    @Test
    void nothingCanBeWithheldOnceTheTenderIsPublished() {
        UUID tender = Tenders.publish(draft());

        appendingNothing(() -> as("health.officer")
                        .body(Map.of("classification", "SECRET", "justification", "Too late"))
                        .post("/api/tenders/{id}/classification", tender))
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("code", equalTo("process-already-published"));
        appendingNothing(() ->
                        as("health.officer").body(deferral("awards.value")).post("/api/tenders/{id}/deferrals", tender))
                .then()
                .statusCode(409)
                .body("code", equalTo("process-already-published"));
    }

    @Test
    void brokenRulesAndStrangersAreRefusedWithProblems() {
        UUID tender = draft();

        appendingNothing(() -> as("health.officer")
                        .body(Map.of("classification", "SECRET"))
                        .post("/api/tenders/{id}/classification", tender))
                .then()
                .statusCode(422)
                .body("code", equalTo("disclosure-justification-missing"));
        appendingNothing(() ->
                        as("health.officer").body(deferral("tender.title")).post("/api/tenders/{id}/deferrals", tender))
                .then()
                .statusCode(422)
                .body("code", equalTo("unknown-disclosure-field"));
        appendingNothing(() -> as("health.officer")
                        .body(Map.of("classification", "TOP_SECRET", "justification", "x"))
                        .post("/api/tenders/{id}/classification", tender))
                .then()
                .statusCode(400);
        appendingNothing(() -> as("education.officer")
                        .body(Map.of("classification", "PUBLIC"))
                        .post("/api/tenders/{id}/classification", tender))
                .then()
                .statusCode(404);
        appendingNothing(() -> as("purchasing.agent")
                        .body(Map.of("classification", "PUBLIC"))
                        .post("/api/tenders/{id}/classification", tender))
                .then()
                .statusCode(403);
        anonymous()
                .body(Map.of("classification", "PUBLIC"))
                .post("/api/tenders/{id}/classification", tender)
                .then()
                .statusCode(401);
        as("education.officer")
                .get("/api/tenders/{id}/disclosure", tender)
                .then()
                .statusCode(404);
    }
}
