package org.openprocurement.platform.api.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.openprocurement.platform.api.support.ProblemResponses.invalidField;
import static org.openprocurement.platform.api.support.ProblemResponses.problem;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openprocurement.platform.api.support.Bids;
import org.openprocurement.platform.api.support.HttpTest;
import org.openprocurement.platform.api.support.Tenders;

/** The portal as a person sees it in a real browser (headless Chromium), before and after a tender's opening. */
class PortalBrowserHttpTest extends HttpTest {

    private static final Path SCREENSHOTS = Path.of("target", "portal-screenshots");

    private Chromium browser;

    @BeforeEach
    void browser() {
        browser = Chromium.installed();
    }

    @Test
    void aPersonFollowsATenderFromTheListThroughItsAwardAndContractToItsLastPayment() throws Exception {
        String canary = "CANARY-" + UUID.randomUUID();
        String price = "87654.32";
        UUID tender = Tenders.publishedPumps();
        Tenders.amend(tender);
        PortalFixtures.answeredEnquiry(tender, "Are refurbished pumps acceptable?", "No; only new pumps.");
        PortalFixtures.threeBids(tender, price, "Brand B pumps " + canary);

        String list = browser.dom(url("/"));
        assertThat(list).contains("<html lang=\"en\"").contains("<h1>Procurement processes</h1>");
        assertThat(list).containsPattern("<caption>Processes: \\d+ process(es)?, page 1 of \\d+</caption>");
        assertThat(list).contains("href=\"/processes/" + tender + "\"");
        String listed = Chromium.visibleText(list);
        assertThat(listed)
                .contains("Infusion pumps for district hospitals")
                .contains("Municipal Health Commission")
                .contains("open tendering")
                .contains("published")
                .contains("100,000.00 CNY");

        String before = browser.dom(url("/processes/" + tender));
        String sealed = Chromium.visibleText(before);
        assertThat(sealed)
                .contains("Infusion pumps for district hospitals")
                .contains("Volumetric infusion pump")
                .contains("Bids stay sealed until the deadline");
        for (String page : new String[] {list, before, raw("/"), raw("/processes/" + tender), raw("/spend")}) {
            assertThat(page).doesNotContain(canary).doesNotContain(price).doesNotContain("87,654.32");
        }
        browser.screenshot(url("/processes/" + tender), screenshot("process-before-opening.png"));
        browser.screenshot(url("/"), screenshot("list.png"));

        AgencySpendRow spendBefore = AgencySpendRow.of(raw("/spend"), "Municipal Health Commission");
        UUID award = PortalFixtures.openAndAwardToBoda(tender);

        String after = Chromium.visibleText(browser.dom(url("/processes/" + tender)));
        assertThat(after)
                .contains("3 bids received, 3 counted")
                .contains("Boda Information Technology Co. Ltd.")
                .contains("87,654.32 CNY")
                .contains("Awarded")
                .contains("the standstill ends 20")
                .contains("No contract has been signed for this process yet.");
        assertThat(after)
                .contains("Amendment 1")
                .contains("Reason: Clinicians asked for a cardiac probe")
                .contains("Enquiry answered")
                .contains("Question: Are refurbished pumps acceptable? Answer: No; only new pumps.")
                .doesNotContain(canary);
        assertThat(after.indexOf("Amendment 1")).isLessThan(after.indexOf("Bids opened"));
        assertThat(after.indexOf("Published")).isLessThan(after.indexOf("Bids opened"));
        assertThat(after.indexOf("Bids opened")).isLessThan(after.indexOf("To Boda"));
        browser.screenshot(url("/processes/" + tender), screenshot("process-awarded.png"));

        String spend = browser.dom(url("/spend"));
        assertThat(spend)
                .contains("<svg")
                .contains("role=\"img\"")
                .contains("Awarded value per agency in CNY</title>")
                .contains("<caption>Awarded value per agency</caption>");
        // Exactly this award was added to what the agency's published awards summed before it.
        AgencySpendRow health = spendBefore.plus(price);
        assertThat(AgencySpendRow.of(spend, "Municipal Health Commission")).isEqualTo(health);
        assertThat(Chromium.visibleText(spend))
                .contains("Municipal Health Commission")
                .contains(health.money() + " CNY");
        browser.screenshot(url("/spend"), screenshot("spend.png"));

        UUID[] contract = PortalFixtures.signedWithAdvance(award, "70000", "8000");
        String signed = Chromium.visibleText(browser.dom(url("/processes/" + tender)));
        assertThat(signed)
                .contains("Contract with Boda Information Technology Co. Ltd.")
                .contains("Contract " + contract[0])
                .contains("Status signed")
                .containsPattern("Signed 20\\d\\d-\\d\\d-\\d\\d \\d\\d:\\d\\d")
                .contains("Value 87,654.32 CNY")
                .contains("Pumps delivered delivery 2030-06-30 — met")
                .contains("Payment on acceptance payment 2030-07-15 70,000.00 CNY pending")
                .contains("Advance payment 8,000.00 CNY")
                .doesNotContain("ADV-1");

        PortalFixtures.paidOnAcceptance(contract[0], contract[1], "70000");
        String paid = Chromium.visibleText(browser.dom(url("/processes/" + tender)));
        assertThat(paid)
                .contains("Payment on acceptance payment 2030-07-15 70,000.00 CNY met")
                .containsPattern("Advance payment 8,000.00 CNY \\S+ \\S+ Payment on acceptance 70,000.00 CNY")
                .doesNotContain("No payment has been made")
                .doesNotContain("PAY-1");
        browser.screenshot(url("/processes/" + tender), screenshot("process-paid.png"));

        long[] ratedBefore = ratingsOfHealth(paid);
        as("purchasing.agent")
                .body(Map.of("notes", "Final acceptance signed"))
                .post("/api/contracts/{id}/completion", contract[0])
                .then()
                .statusCode(201);
        for (String party : new String[] {"health.officer", "purchasing.agent"}) {
            as(party)
                    .body(Map.of("score", 5, "comment", "Delivered on time"))
                    .post("/api/contracts/{id}/evaluations", contract[0])
                    .then()
                    .statusCode(201);
        }
        String rated = Chromium.visibleText(browser.dom(url("/processes/" + tender)));
        assertThat(rated).contains("Status completed").contains("Efficiency ratings of the agencies");
        assertThat(ratingsOfHealth(rated)).containsExactly(ratedBefore[0] + 2, ratedBefore[1] + 1);
    }

    /** The ratings and rated contracts the page shows for the health commission, zero when none. */
    private static long[] ratingsOfHealth(String page) {
        if (page.contains("Municipal Health Commission no rated contract yet")) {
            return new long[] {0, 0};
        }
        Matcher rating = Pattern.compile(
                        "Municipal Health Commission [1-5]\\.\\d\\d of 5 from (\\d+) ratings? on (\\d+) contracts?")
                .matcher(page);
        assertThat(rating.find()).as("the health commission's ratings").isTrue();
        return new long[] {Long.parseLong(rating.group(1)), Long.parseLong(rating.group(2))};
    }

    @Test
    void aPersonReadsWhatIsPublicOfAChallengeTheComplaintDecisionAndTheRepliedComments() {
        UUID tender = Tenders.publishedPumps();
        String question = "Is training <script>alert('x')</script> & installation included?";
        String comment = anonymous()
                .body(Map.of("kind", "QUESTION", "text", question))
                .post("/api/public/processes/{id}/comments", tender)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as("purchasing.agent")
                .body(Map.of("reply", "Yes: two days of training on site."))
                .post("/api/public/processes/{id}/comments/{c}/reply", tender, comment)
                .then()
                .statusCode(201);
        PortalFixtures.threeBids(tender, "88000", "Brand B pumps");
        PortalFixtures.openAndAwardToBoda(tender);
        String noAppeal = Chromium.visibleText(browser.dom(url("/processes/" + tender)));
        assertThat(noAppeal).contains("No challenge or complaint has been filed about this process.");

        String challenge = as("supplier.anhe")
                .body(Map.of("subject", "RESULT", "grounds", "The winner's certificate had expired GROUNDS-1"))
                .post("/api/tenders/{id}/challenges", tender)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String open = Chromium.visibleText(browser.dom(url("/processes/" + tender)));
        assertThat(open).contains("the result").contains("not yet").doesNotContain("GROUNDS-1");
        as("purchasing.agent")
                .body(Map.of("upheld", false, "answer", "The certificate was valid at the deadline ANSWER-1"))
                .post("/api/challenges/{id}/answer", challenge)
                .then()
                .statusCode(201);
        String complaint = as("supplier.anhe")
                .body(Map.of("challengeId", challenge, "grounds", "The answer ignored the expiry date COMPLAINT-1"))
                .post("/api/complaints")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String filed = Chromium.visibleText(browser.dom(url("/processes/" + tender)));
        assertThat(filed)
                .contains("being examined")
                .doesNotContain("COMPLAINT-1")
                .doesNotContain("Complainant");
        as("finance.officer")
                .body(Map.of("outcome", "DISMISSED", "reasoning", "The registration records show a valid certificate"))
                .post("/api/complaints/{id}/decision", complaint)
                .then()
                .statusCode(201);

        String dom = browser.dom(url("/processes/" + tender));
        String page = Chromium.visibleText(dom);
        assertThat(page)
                .containsPattern("the result \\S+ \\S+ \\S+ \\S+ \\S+ \\S+, in time")
                .doesNotContain("GROUNDS-1")
                .doesNotContain("ANSWER-1")
                .contains("Complainant Anhe Medical Supplies Co. Ltd.")
                .contains("Grounds The answer ignored the expiry date COMPLAINT-1")
                .contains("Decision dismissed")
                .contains("Reasoning The registration records show a valid certificate")
                .contains(question)
                .contains("Reply")
                .contains("Yes: two days of training on site.");
        assertThat(dom).doesNotContain("<script>");
    }

    @Test
    void anAwardMadeVoidByAComplaintDecisionIsMarkedVoidAndLeavesTheSpend() {
        AgencySpendRow spendBefore = AgencySpendRow.of(raw("/spend"), "Municipal Health Commission");
        UUID tender = Tenders.publishedPumps();
        PortalFixtures.threeBids(tender, "86420.13", "Brand B pumps");
        PortalFixtures.openAndAwardToBoda(tender);
        assertThat(AgencySpendRow.of(raw("/spend"), "Municipal Health Commission"))
                .isEqualTo(spendBefore.plus("86420.13"));
        String challenge = as("supplier.anhe")
                .body(Map.of("subject", "RESULT", "grounds", "The winner's certificate had expired"))
                .post("/api/tenders/{id}/challenges", tender)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as("purchasing.agent")
                .body(Map.of("upheld", false, "answer", "The certificate was valid."))
                .post("/api/challenges/{id}/answer", challenge)
                .then()
                .statusCode(201);
        String complaint = as("supplier.anhe")
                .body(Map.of("challengeId", challenge, "grounds", "The certificate had expired"))
                .post("/api/complaints")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        // Boda's bid is excluded; two qualified bids are too few for open tendering, so the tender fails.
        as("finance.officer")
                .body(Map.of("outcome", "AWARD_CANCELLED", "reasoning", "The certificate had expired at the deadline"))
                .post("/api/complaints/{id}/decision", complaint)
                .then()
                .statusCode(201);

        assertThat(AgencySpendRow.of(raw("/spend"), "Municipal Health Commission"))
                .isEqualTo(spendBefore);
        String page = Chromium.visibleText(browser.dom(url("/processes/" + tender)));
        assertThat(page)
                .containsPattern(
                        "Boda Information Technology Co. Ltd. 86,420.13 CNY (\\S+ ){4}no: void since \\S+ \\S+")
                .contains("Award void")
                .contains("The award to Boda Information Technology Co. Ltd. was made void by a complaint decision.")
                .contains("Decision award cancelled");
    }

    @Test
    void aTenderThatFailedAtItsOpeningShowsWhyOnItsTimeline() {
        UUID tender = Tenders.publishedPumps();
        Bids.submit("supplier.anhe", tender, "95000", "A").then().statusCode(201);
        Bids.submit("supplier.boda", tender, "96000", "B").then().statusCode(201);
        assertThat(Tenders.open(tender)).isEqualTo("FAILED");

        String page = Chromium.visibleText(browser.dom(url("/processes/" + tender)));

        assertThat(page)
                .contains("Status failed")
                .contains("2 bids received, 2 counted")
                .contains("Failed")
                .contains("2 bids were received; open tendering needs at least 3.")
                .contains("No award has been made.");
    }

    @Test
    void theListFiltersByStatusAndAgencyWithAPlainForm() {
        UUID tender = Tenders.publishedPumps();
        Tenders.cancel(tender);

        String cancelled = browser.dom(url("/?status=CANCELLED&agency=city-health"));

        assertThat(cancelled).contains("href=\"/processes/" + tender + "\"");
        assertThat(cancelled).containsPattern("<option value=\"CANCELLED\" selected(=\"\")?>");
        assertThat(Chromium.visibleText(cancelled))
                .contains("Processes with status cancelled of Municipal Health Commission");
        assertThat(browser.dom(url("/?status=PUBLISHED"))).doesNotContain("href=\"/processes/" + tender + "\"");
        assertThat(Chromium.visibleText(browser.dom(url("/processes/" + tender))))
                .contains("Cancelled")
                .contains("Reason: The need was met by a donation");
    }

    @Test
    void aPersonAsksForDisclosureWithThePlainFormAndReadsTheAnswerOnTheProcessPage() {
        UUID tender = Tenders.publishedPumps();
        String asked = "The evaluation report <script>alert('x')</script> & the minutes";
        String form = browser.dom(url("/processes/" + tender));
        assertThat(form)
                .contains("<form method=\"post\" action=\"/processes/" + tender + "/disclosure-requests\">")
                .contains("<label for=\"information\">");

        ask(tender, asked)
                .then()
                .statusCode(303)
                .header("Location", endsWith("/processes/" + tender + "#disclosure-requests"));

        String filed = browser.dom(url("/processes/" + tender));
        assertThat(filed).doesNotContain("<script>");
        assertThat(Chromium.visibleText(filed)).contains(asked).contains("waiting for the answer");
        String request = anonymous()
                .get("/api/public/processes/{id}/disclosure-requests", tender)
                .then()
                .statusCode(200)
                .extract()
                .path("[0].requestId");
        as("health.officer")
                .body(Map.of("decision", "GRANTED", "information", "The report is attached."))
                .post("/api/disclosure-requests/{r}/answer", request)
                .then()
                .statusCode(201);
        assertThat(Chromium.visibleText(browser.dom(url("/processes/" + tender))))
                .contains("answered")
                .contains("granted: The report is attached.");
    }

    @Test
    void theFormRefusesAnEmptyRequestAnAuditorAndAnUnknownProcessRecordingNothing() {
        UUID tender = Tenders.publishedPumps();
        invalidField(appendingNothing(() -> ask(tender, "   ")), "information");
        invalidField(appendingNothing(() -> ask(tender, "x".repeat(2001))), "information");
        problem(appendingNothing(() -> ask(UUID.randomUUID(), "The report")), 404, "not-found");
        Response auditor = appendingNothing(() -> RestAssured.given()
                .auth()
                .preemptive()
                .basic("auditor", "demo")
                .contentType(ContentType.URLENC)
                .formParam("information", "The report")
                .post("/processes/{id}/disclosure-requests", tender));
        assertThat(auditor.statusCode()).isEqualTo(403);
    }

    private static Response ask(UUID tender, String information) {
        return RestAssured.given()
                .redirects()
                .follow(false)
                .contentType(ContentType.URLENC)
                .formParam("information", information)
                .post("/processes/{id}/disclosure-requests", tender);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private String raw(String path) {
        return anonymous()
                .accept("text/html")
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }

    private static Path screenshot(String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        return SCREENSHOTS.resolve(name);
    }
}
