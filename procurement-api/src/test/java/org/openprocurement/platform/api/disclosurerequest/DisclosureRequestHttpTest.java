package org.openprocurement.platform.api.disclosurerequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.openprocurement.platform.api.support.ProblemResponses.invalidField;
import static org.openprocurement.platform.api.support.ProblemResponses.problem;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.openprocurement.platform.api.support.BudgetLines;
import org.openprocurement.platform.api.support.HttpTest;
import org.openprocurement.platform.api.support.PlatformTime;
import org.openprocurement.platform.api.support.Tenders;

/** Disclosure on request through HTTP: filed without login, answered, extended or overdue, public throughout. */
class DisclosureRequestHttpTest extends HttpTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String ASKED = "The minutes of the bid opening and the evaluation committee's report";

    @Test
    void anyoneAsksWithoutLoginAndTheAgencyAnswersInTime() {
        UUID tender = Tenders.published();

        JsonPath filed = file(tender, ASKED);

        assertThat(filed.getString("status")).isEqualTo("PENDING");
        assertThat(filed.getString("responsibleOrganisationId")).isEqualTo("city-health");
        Instant requestedAt = Instant.parse(filed.getString("requestedAt"));
        Instant dueAt = Instant.parse(filed.getString("dueAt"));
        // 15 working days are three working weeks (19 days at least, from a Saturday night), ending at midnight.
        assertThat(Duration.between(requestedAt, dueAt)).isBetween(Duration.ofDays(18), Duration.ofDays(40));
        assertThat(dueAt.atZone(SHANGHAI).toLocalTime()).isEqualTo(LocalTime.MIDNIGHT);

        UUID request = UUID.fromString(filed.getString("requestId"));
        as("health.officer")
                .body(Map.of("decision", "GRANTED", "information", "Both are attached to this answer."))
                .post("/api/disclosure-requests/{r}/answer", request)
                .then()
                .statusCode(201)
                .header("Location", endsWith("/api/public/disclosure-requests/" + request))
                .header("ETag", equalTo("\"1\""))
                .body("status", equalTo("ANSWERED"))
                .body("decision", equalTo("GRANTED"))
                .body("answeredLate", equalTo(false));

        anonymous()
                .get("/api/public/processes/{id}/disclosure-requests", tender)
                .then()
                .statusCode(200)
                .body("requestId", hasItem(request.toString()))
                .body(
                        "find { it.requestId == '" + request + "' }.disclosedInformation",
                        equalTo("Both are attached to this answer."));
        assertThat(metadataOf(request)).contains("\"user\":\"anonymous\"").contains("\"role\":\"PUBLIC\"");
    }

    @Test
    void theAgencyExtendsTheTimeOnceWithAReasonThatIsPublished() {
        UUID tender = Tenders.published();
        JsonPath filed = file(tender, ASKED);
        UUID request = UUID.fromString(filed.getString("requestId"));
        Instant firstDue = Instant.parse(filed.getString("dueAt"));

        JsonPath extended = as("health.officer")
                .body(Map.of("reason", "Suppliers must be consulted on their trade secrets first"))
                .post("/api/disclosure-requests/{r}/extension", request)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();

        assertThat(extended.getString("status")).isEqualTo("EXTENDED");
        assertThat(extended.getString("extensionReason"))
                .isEqualTo("Suppliers must be consulted on their trade secrets first");
        assertThat(Duration.between(firstDue, Instant.parse(extended.getString("dueAt"))))
                .isBetween(Duration.ofDays(18), Duration.ofDays(40));
        problem(
                appendingNothing(() -> as("health.officer")
                        .body(Map.of("reason", "Still consulting"))
                        .post("/api/disclosure-requests/{r}/extension", request)),
                409,
                "disclosure-already-extended");
    }

    @Test
    void anUnansweredRequestGoesOverdueOnTheRecordAndCanStillBeAnsweredLate() {
        UUID tender = Tenders.published();
        JsonPath filed = file(tender, ASKED);
        UUID request = UUID.fromString(filed.getString("requestId"));

        PlatformTime.advancePast(Instant.parse(filed.getString("dueAt")));

        await("the disclosure request " + request + " going overdue")
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> statusOf(request), "OVERDUE"::equals);
        assertThat(eventsOf(request)).isEqualTo(2);
        as("health.officer")
                .body(Map.of("decision", "REFUSED", "grounds", "Regulations art. 14: the report is a state secret"))
                .post("/api/disclosure-requests/{r}/answer", request)
                .then()
                .statusCode(201)
                .body("status", equalTo("ANSWERED"))
                .body("answeredLate", equalTo(true))
                .body("overdueSince", equalTo(filed.getString("dueAt")));
    }

    @Nested
    class BadInput {

        @Test
        void aRequestMustSayWhatItAsksFor() {
            UUID tender = Tenders.published();
            invalidField(appendingNothing(() -> post(tender, Map.of("information", "  "))), "information");
            invalidField(appendingNothing(() -> post(tender, Map.of())), "information");
            invalidField(appendingNothing(() -> post(tender, Map.of("information", "x".repeat(2001)))), "information");
        }

        @Test
        void unknownFieldsAndMalformedIdsAreInvalid() {
            UUID tender = Tenders.published();
            invalidField(
                    appendingNothing(() -> post(tender, Map.of("information", ASKED, "email", "a@example.org"))),
                    "email");
            problem(
                    appendingNothing(() -> anonymous()
                            .body(Map.of("information", ASKED))
                            .post("/api/public/processes/not-a-uuid/disclosure-requests")),
                    400,
                    "invalid-request");
        }

        @Test
        void onlyPublishedProcessesCanBeAskedAbout() {
            UUID draft = Tenders.draft(Tenders.openTendering(BudgetLines.appropriate("1000000")));
            problem(appendingNothing(() -> post(draft, Map.of("information", ASKED))), 404, "not-found");
            problem(appendingNothing(() -> post(UUID.randomUUID(), Map.of("information", ASKED))), 404, "not-found");
            problem(anonymous().get("/api/public/processes/{id}/disclosure-requests", draft), 404, "not-found");
        }

        @Test
        void onlyTheResponsibleAgencyAnswers() {
            UUID request = UUID.fromString(file(Tenders.published(), ASKED).getString("requestId"));
            Map<String, Object> grant = Map.of("decision", "GRANTED", "information", "Attached.");
            for (String other : new String[] {"education.officer", "purchasing.agent", "supplier.anhe"}) {
                problem(
                        appendingNothing(
                                () -> as(other).body(grant).post("/api/disclosure-requests/{r}/answer", request)),
                        403,
                        "forbidden");
            }
            problem(
                    appendingNothing(
                            () -> anonymous().body(grant).post("/api/disclosure-requests/{r}/answer", request)),
                    401,
                    "unauthenticated");
            problem(
                    appendingNothing(() -> as("health.officer")
                            .body(grant)
                            .post("/api/disclosure-requests/{r}/answer", UUID.randomUUID())),
                    404,
                    "not-found");
        }

        @Test
        void answersThatBreakTheRulesAreRefused() {
            UUID request = UUID.fromString(file(Tenders.published(), ASKED).getString("requestId"));
            problem(appendingNothing(() -> answer(request, Map.of("decision", "REFUSED"))), 422, "grounds-missing");
            problem(appendingNothing(() -> answer(request, Map.of("decision", "GRANTED"))), 422, "information-missing");
            invalidField(appendingNothing(() -> answer(request, Map.of("information", "Attached."))), "decision");
            invalidField(
                    appendingNothing(() -> answer(request, Map.of("decision", "MAYBE", "information", "x"))),
                    "decision");
            invalidField(
                    appendingNothing(() -> as("health.officer")
                            .body(Map.of("reason", ""))
                            .post("/api/disclosure-requests/{r}/extension", request)),
                    "reason");
            problem(
                    appendingNothing(() -> as("health.officer")
                            .header("If-Match", "\"7\"")
                            .body(Map.of("reason", "Consulting suppliers"))
                            .post("/api/disclosure-requests/{r}/extension", request)),
                    412,
                    "stale-version");
        }

        @Test
        void anAuditorDoesNotFileRequests() {
            UUID tender = Tenders.published();
            problem(
                    appendingNothing(() -> as("auditor")
                            .body(Map.of("information", ASKED))
                            .post("/api/public/processes/{id}/disclosure-requests", tender)),
                    403,
                    "forbidden");
        }
    }

    private JsonPath file(UUID tender, String information) {
        return post(tender, Map.of("information", information))
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/public/disclosure-requests/"))
                .extract()
                .jsonPath();
    }

    private static Response post(UUID tender, Map<String, Object> body) {
        return anonymous().body(new HashMap<>(body)).post("/api/public/processes/{id}/disclosure-requests", tender);
    }

    private static Response answer(UUID request, Map<String, Object> body) {
        return as("health.officer").body(body).post("/api/disclosure-requests/{r}/answer", request);
    }

    private static String statusOf(UUID request) {
        return anonymous()
                .get("/api/public/disclosure-requests/{r}", request)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("status");
    }

    private String metadataOf(UUID request) {
        byte[] metadata = jdbc.queryForObject(
                "SELECT metadata FROM domainevententry WHERE aggregateidentifier = ? AND sequencenumber = 0",
                byte[].class,
                request.toString());
        return new String(metadata, StandardCharsets.UTF_8);
    }
}
