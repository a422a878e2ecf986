package org.openprocurement.platform.api.tender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openprocurement.platform.api.support.BudgetLines;
import org.openprocurement.platform.api.support.HttpTest;
import org.openprocurement.platform.api.support.PlatformTime;
import org.openprocurement.platform.api.support.Tenders;

class TenderLifecycleHttpTest extends HttpTest {

    @Test
    void publicationCommitsTheEstimateOnTheBudgetLineAndMakesTheTenderPublic() {
        UUID line = BudgetLines.appropriate("1000000");
        UUID tender = Tenders.draft(Tenders.infusionPumps(line));
        anonymous().get("/api/tenders/{id}", tender).then().statusCode(404);
        as("supplier.anhe").get("/api/tenders/{id}", tender).then().statusCode(404);

        Tenders.publish(tender);

        anonymous()
                .get("/api/tenders/{id}", tender)
                .then()
                .statusCode(200)
                .body("status", equalTo("PUBLISHED"))
                .body("estimatedValue", equalTo(100000))
                .body("procuringEntityId", equalTo("central-purchasing"));
        as("finance.officer")
                .get("/api/budget-lines/{id}", line)
                .then()
                .body("committed", equalTo(100000))
                .body("available", equalTo(900000));
    }

    @Test
    void aTenderTooShortForItsMethodIsNotPublishedAndCommitsNothing() {
        UUID line = BudgetLines.appropriate("1000000");
        Map<String, Object> body = Tenders.infusionPumps(line);
        body.put("tenderPeriodEnd", PlatformTime.now().plus(Duration.ofDays(10)).toString());
        UUID tender = Tenders.draft(body);
        long before = allEvents();

        as("purchasing.agent")
                .body(Map.of())
                .post("/api/tenders/{id}/publication", tender)
                .then()
                .statusCode(422)
                .body("code", equalTo("tendering-period-too-short"));

        assertThat(allEvents()).isEqualTo(before);
        as("finance.officer").get("/api/budget-lines/{id}", line).then().body("committed", equalTo(0));
    }

    @Test
    void anEstimateAboveTheBudgetLineIsRefused() {
        UUID line = BudgetLines.appropriate("50000");
        as("health.officer")
                .body(Tenders.infusionPumps(line))
                .post("/api/tenders")
                .then()
                .statusCode(422)
                .body("code", equalTo("estimate-exceeds-budget"));
    }

    @Test
    void enquiriesAreAnsweredPubliclyWithoutNamingWhoAsked() {
        UUID tender = Tenders.publishedPumps();
        String location = as("supplier.boda")
                .body(Map.of("question", "Is a 5-year warranty acceptable?"))
                .post("/api/tenders/{id}/enquiries", tender)
                .then()
                .statusCode(201)
                .extract()
                .header("Location");
        String enquiry = location.substring(location.lastIndexOf('/') + 1);

        as("purchasing.agent")
                .body(Map.of("answer", "Yes; three years is the minimum."))
                .post("/api/tenders/{id}/enquiries/{e}/answer", tender, enquiry)
                .then()
                .statusCode(201);

        String json =
                anonymous().get("/api/tenders/{id}", tender).then().extract().asString();
        assertThat(json).contains("three years is the minimum").doesNotContain("boda");
    }

    @Test
    void anAmendmentCloseToTheDeadlineMovesItOutToFifteenDays() {
        UUID tender = Tenders.publishedPumps();
        Instant deadline = Tenders.deadlineOf(tender);
        PlatformTime.advance(Duration.ofDays(15));

        as("purchasing.agent")
                .body(Map.of("description", "Item 1 now needs a battery pack", "rationale", "Enquiry answered"))
                .post("/api/tenders/{id}/amendments", tender)
                .then()
                .statusCode(201)
                .body("amendmentNumber", equalTo(1))
                .body("amendments", hasSize(1))
                .body("amendments[0].deadlineExtended", equalTo(true));

        Instant moved = Tenders.deadlineOf(tender);
        assertThat(moved).isAfter(deadline);
        assertThat(Duration.between(PlatformTime.now(), moved)).isGreaterThan(Duration.ofDays(14));
    }

    @Test
    void cancellationReleasesTheCommittedMoneyAndIsPublished() {
        UUID line = BudgetLines.appropriate("1000000");
        UUID tender = Tenders.draft(Tenders.infusionPumps(line));
        Tenders.publish(tender);

        as("purchasing.agent")
                .body(Map.of("reason", "The need was withdrawn by the buyer"))
                .post("/api/tenders/{id}/cancellation", tender)
                .then()
                .statusCode(201)
                .body("status", equalTo("CANCELLED"));

        as("finance.officer")
                .get("/api/budget-lines/{id}", line)
                .then()
                .body("committed", equalTo(0))
                .body("available", equalTo(1000000));
        anonymous()
                .get("/api/tenders/{id}", tender)
                .then()
                .body("cancellationReason", equalTo("The need was withdrawn by the buyer"));
    }

    @Test
    void theListFiltersByAKnownStatusAndRefusesAnUnknownOne() {
        UUID tender = Tenders.published();

        anonymous()
                .queryParam("status", "PUBLISHED")
                .get("/api/tenders")
                .then()
                .statusCode(200)
                .body("id", org.hamcrest.Matchers.hasItem(tender.toString()));
        anonymous()
                .queryParam("status", "BOGUS")
                .get("/api/tenders")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("code", org.hamcrest.Matchers.equalTo("invalid-request"))
                .body("detail", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void dutiesAreSeparated() {
        UUID line = BudgetLines.appropriate("1000000");
        as("purchasing.agent")
                .body(Tenders.infusionPumps(line))
                .post("/api/tenders")
                .then()
                .statusCode(403);
        as("education.officer")
                .body(Tenders.infusionPumps(line))
                .post("/api/tenders")
                .then()
                .statusCode(404);
        UUID tender = Tenders.draft(Tenders.infusionPumps(line));
        as("health.officer")
                .body(Map.of())
                .post("/api/tenders/{id}/publication", tender)
                .then()
                .statusCode(403);
        as("education.officer")
                .body(Map.of())
                .post("/api/tenders/{id}/publication", tender)
                .then()
                .statusCode(404);
        as("auditor").get("/api/tenders/{id}", tender).then().statusCode(200).body("publishedAt", nullValue());
    }
}
