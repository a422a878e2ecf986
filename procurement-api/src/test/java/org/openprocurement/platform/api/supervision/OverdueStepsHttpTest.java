package org.openprocurement.platform.api.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.openprocurement.platform.api.support.ProblemResponses.invalidField;
import static org.openprocurement.platform.api.support.ProblemResponses.problem;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openprocurement.platform.api.support.HttpTest;
import org.openprocurement.platform.api.support.PlatformTime;
import org.openprocurement.platform.api.support.Tenders;

/**
 * E-supervision through HTTP: an enquiry left unanswered past its 3 working days is listed overdue for the
 * purchasing agency, and marked done late once answered.
 */
class OverdueStepsHttpTest extends HttpTest {

    private static final Duration DEADLINE_BOUND = Duration.ofSeconds(60);

    @Test
    void anUnansweredEnquiryIsListedOverdueAfterItsAnswerPeriodAndDoneLateOnceAnswered() {
        UUID tender = Tenders.publishedPumps();
        UUID enquiry = enquire(tender);
        Instant raisedAt = PlatformTime.now();

        assertThat(listedFor(tender, null)).isEmpty();

        // Three working days fit in ten calendar days whatever the holidays; the tender's deadline is 25 days out.
        PlatformTime.advance(Duration.ofDays(10));
        await("the answer deadline of enquiry " + enquiry + " firing")
                .atMost(DEADLINE_BOUND)
                .pollInterval(Duration.ofMillis(100))
                .until(() -> listedFor(tender, "open"), steps -> steps.size() == 1);

        JsonPath open = overdue("auditor", Map.of("processId", tender.toString()));
        assertThat(open.getString("[0].stepId")).isEqualTo(enquiry.toString());
        assertThat(open.getString("[0].step")).isEqualTo("enquiry-answer");
        assertThat(open.getString("[0].responsibleOrganisationId")).isEqualTo("central-purchasing");
        assertThat(open.getString("[0].status")).isEqualTo("OPEN");
        assertThat(open.getString("[0].takenAt")).isNull();
        Instant due = Instant.parse(open.getString("[0].dueAt"));
        assertThat(due).isAfter(raisedAt.plus(Duration.ofDays(3))).isBefore(raisedAt.plus(Duration.ofDays(10)));
        assertThat(jdbc.queryForObject(
                        "SELECT payloadtype FROM domainevententry WHERE eventidentifier = ?",
                        String.class,
                        open.getString("[0].overdueEventId")))
                .endsWith(".EnquiryAnswerOverdue");

        as("purchasing.agent")
                .body(Map.of("answer", "Yes; three years is the minimum."))
                .post("/api/tenders/{id}/enquiries/{e}/answer", tender, enquiry)
                .then()
                .statusCode(201);

        assertThat(listedFor(tender, "open")).isEmpty();
        as("finance.officer")
                .queryParams(Map.of("processId", tender.toString(), "status", "done-late"))
                .get("/api/audit/overdue")
                .then()
                .statusCode(200)
                .body("", hasSize(1))
                .body("[0].stepId", equalTo(enquiry.toString()))
                .body("[0].status", equalTo("DONE_LATE"))
                .body("[0].takenAt", notNullValue())
                .body("[0].takenEventId", notNullValue());
        as("auditor")
                .queryParams(Map.of("organisationId", "central-purchasing", "status", "done-late"))
                .get("/api/audit/overdue")
                .then()
                .statusCode(200)
                .body("findAll { it.stepId == '" + enquiry + "' }", hasSize(1));
        as("auditor")
                .get("/api/audit/overdue/organisations")
                .then()
                .statusCode(200)
                .body("find { it.organisationId == 'central-purchasing' }.doneLate", greaterThanOrEqualTo(1));
        as("auditor")
                .queryParams(Map.of("organisationId", "city-health", "processId", tender.toString()))
                .get("/api/audit/overdue")
                .then()
                .statusCode(200)
                .body("", empty());
    }

    @Test
    void anEnquiryAnsweredInTimeIsNeverListed() {
        UUID tender = Tenders.publishedPumps();
        UUID enquiry = enquire(tender);
        as("purchasing.agent")
                .body(Map.of("answer", "No."))
                .post("/api/tenders/{id}/enquiries/{e}/answer", tender, enquiry)
                .then()
                .statusCode(201);
        UUID late = enquire(tender);

        PlatformTime.advance(Duration.ofDays(10));
        await("the answer deadline of enquiry " + late + " firing")
                .atMost(DEADLINE_BOUND)
                .pollInterval(Duration.ofMillis(100))
                .until(() -> listedFor(tender, null), steps -> !steps.isEmpty());

        // Both deadlines fell due together: the answered enquiry's fired too, and recorded nothing.
        assertThat(listedFor(tender, null)).containsExactly(late.toString());
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ? AND payloadtype LIKE ?",
                        Long.class,
                        tender.toString(),
                        "%.EnquiryAnswerOverdue"))
                .isEqualTo(1L);
    }

    @Test
    void onlyAuditorsAndTheSupervisionDepartmentReadTheList() {
        for (String user : List.of("supplier.boda", "health.officer", "purchasing.agent")) {
            problem(as(user).get("/api/audit/overdue"), 403, "forbidden");
            problem(as(user).get("/api/audit/overdue/organisations"), 403, "forbidden");
        }
        anonymous().get("/api/audit/overdue").then().statusCode(401);
        as("finance.officer").get("/api/audit/overdue").then().statusCode(200);
    }

    @Test
    void anUnknownStatusIsAnInvalidRequest() {
        invalidField(as("auditor").queryParam("status", "late").get("/api/audit/overdue"), "status");
        invalidField(as("auditor").queryParam("processId", "42").get("/api/audit/overdue"), "processId");
    }

    private static UUID enquire(UUID tender) {
        String location = as("supplier.boda")
                .body(Map.of("question", "Is a 5-year warranty acceptable?"))
                .post("/api/tenders/{id}/enquiries", tender)
                .then()
                .statusCode(201)
                .extract()
                .header("Location");
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    private static List<String> listedFor(UUID tender, String status) {
        Map<String, String> query = status == null
                ? Map.of("processId", tender.toString())
                : Map.of("processId", tender.toString(), "status", status);
        return overdue("auditor", query).getList("stepId", String.class);
    }

    private static JsonPath overdue(String user, Map<String, String> query) {
        return as(user).queryParams(query)
                .get("/api/audit/overdue")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }
}
