package org.openprocurement.platform.api.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.openprocurement.platform.api.support.ProblemResponses.invalidField;
import static org.openprocurement.platform.api.support.ProblemResponses.problem;

import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openprocurement.platform.api.support.BudgetLines;
import org.openprocurement.platform.api.support.HttpTest;
import org.openprocurement.platform.api.support.PlatformTime;
import org.openprocurement.platform.api.support.Tenders;

/** Public comments through HTTP: anyone asks, the purchasing agency replies, an unreplied one goes overdue. */
class PublicCommentHttpTest extends HttpTest {

    private static final String COMMENTS = "/api/public/processes/{id}/comments";

    private static Response ask(UUID tender, String text) {
        return anonymous().body(Map.of("kind", "QUESTION", "text", text)).post(COMMENTS, tender);
    }

    private static UUID idOf(Response created) {
        return UUID.fromString(created.then().statusCode(201).extract().path("id"));
    }

    @Test
    void anyoneAsksWithoutSigningInAndTheAgencyPublishesItsReply() {
        UUID tender = Tenders.published();
        UUID comment = idOf(ask(tender, "Is training of the nurses included?"));
        assertThat(jdbc.queryForObject(
                        "SELECT convert_from(metadata, 'UTF8') FROM domainevententry WHERE aggregateidentifier = ?",
                        String.class,
                        comment.toString()))
                .contains("\"user\":\"anonymous\"");

        as("purchasing.agent")
                .body(Map.of("reply", "Yes, two days on site."))
                .post(COMMENTS + "/{cid}/reply", tender, comment)
                .then()
                .statusCode(201)
                .body("status", equalTo("REPLIED"))
                .body("late", equalTo(false));

        anonymous()
                .get(COMMENTS + "/{cid}", tender, comment)
                .then()
                .statusCode(200)
                .body("reply", equalTo("Yes, two days on site."));
        anonymous()
                .get(COMMENTS, tender)
                .then()
                .statusCode(200)
                .body("", hasSize(1))
                .body("[0].text", equalTo("Is training of the nurses included?"))
                .body("[0].reply", equalTo("Yes, two days on site."))
                .body("[0].status", equalTo("REPLIED"));
    }

    @Test
    void aCommentWithoutAReplyGoesOverdueOnTheRecord() {
        UUID tender = Tenders.published();
        Response created = ask(tender, "When are the scanners delivered?");
        UUID comment = idOf(created);
        Instant due = Instant.parse(created.path("replyDueAt"));

        PlatformTime.advancePast(due);

        await("the comment's reply going overdue")
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> anonymous().get(COMMENTS, tender).then().extract().path("[0].status"), "OVERDUE"::equals);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?"
                                + " AND payloadtype LIKE '%CommentReplyOverdue'",
                        Integer.class, comment.toString()))
                .isEqualTo(1);
        as("purchasing.agent")
                .body(Map.of("reply", "Within 60 days of the contract."))
                .post(COMMENTS + "/{cid}/reply", tender, comment)
                .then()
                .statusCode(201)
                .body("late", equalTo(true));
    }

    @Test
    void badCommentsAndRepliesAreRefusedWithProblemsAndRecordNothing() {
        UUID tender = Tenders.published();
        UUID draft = Tenders.draft(Tenders.openTendering(BudgetLines.appropriate("1000000")));

        invalidField(appendingNothing(() -> ask(tender, " ")), "text");
        invalidField(appendingNothing(() -> ask(tender, "x".repeat(2001))), "text");
        invalidField(appendingNothing(() -> ask(tender, "bell\u0007")), "text");
        invalidField(
                appendingNothing(
                        () -> anonymous().body(Map.of("text", "no kind")).post(COMMENTS, tender)),
                "kind");
        problem(
                appendingNothing(() -> anonymous()
                        .body(Map.of("kind", "QUESTION", "text", "hi", "email", "a@b.c"))
                        .post(COMMENTS, tender)),
                400,
                "invalid-request");
        problem(appendingNothing(() -> ask(draft, "A draft is not public")), 404, "not-found");
        problem(appendingNothing(() -> ask(UUID.randomUUID(), "Unknown")), 404, "not-found");

        UUID comment = idOf(ask(tender, "Line breaks\nare fine."));
        Map<String, String> reply = Map.of("reply", "Noted.");
        problem(
                appendingNothing(
                        () -> as("supplier.anhe").body(reply).post(COMMENTS + "/{cid}/reply", tender, comment)),
                403,
                "forbidden");
        problem(
                appendingNothing(() -> anonymous().body(reply).post(COMMENTS + "/{cid}/reply", tender, comment)),
                401,
                "unauthenticated");
        problem(
                appendingNothing(() ->
                        as("purchasing.agent").body(reply).post(COMMENTS + "/{cid}/reply", tender, UUID.randomUUID())),
                404,
                "not-found");
        as("purchasing.agent")
                .body(reply)
                .post(COMMENTS + "/{cid}/reply", tender, comment)
                .then()
                .statusCode(201);
        problem(
                appendingNothing(
                        () -> as("purchasing.agent").body(reply).post(COMMENTS + "/{cid}/reply", tender, comment)),
                409,
                "comment-already-replied");
    }
}
