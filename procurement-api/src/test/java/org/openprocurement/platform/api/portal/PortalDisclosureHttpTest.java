package org.openprocurement.platform.api.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.openprocurement.platform.api.support.ProblemResponses.invalidField;
import static org.openprocurement.platform.api.support.ProblemResponses.problem;

import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.openprocurement.platform.api.support.BudgetLines;
import org.openprocurement.platform.api.support.HttpTest;
import org.openprocurement.platform.api.support.PlatformTime;
import org.openprocurement.platform.api.support.Tenders;

/**
 * The portal asks the disclosure policy before it shows anything: a secret process appears nowhere, masked fields
 * read "withheld", and refused inputs are answered as problems (or a readable page for a browser). The processes
 * are classified through the API, as their buyer does before publication.
 */
class PortalDisclosureHttpTest extends HttpTest {

    private static final String HEALTH = "Municipal Health Commission";

    @Test
    void aSecretProcessAppearsNowhereInThePortal() {
        AgencySpendRow spendBefore = AgencySpendRow.of(page("/spend"), HEALTH);
        Map<String, Object> body = Tenders.infusionPumps(BudgetLines.appropriate("1000000"));
        body.put("title", "Secret pumps for district hospitals");
        body.put("method", "INVITATIONAL_TENDERING");
        body.put("invitedSupplierIds", List.of("anhe-medical", "boda-technology", "chenguang-office"));
        UUID secret = Tenders.draft(body);
        classify(secret, "SECRET");
        Tenders.publish(secret);
        PortalFixtures.threeBids(secret, "77777.77", "Secret pumps");
        PortalFixtures.openAndAwardToBoda(secret);
        UUID visible = Tenders.publishedPumps();

        assertThat(page("/")).contains("/processes/" + visible).doesNotContain(secret.toString());
        assertThat(page("/?status=AWARDED&agency=city-health")).doesNotContain(secret.toString());
        Response notFound = anonymous().accept("text/html").get("/processes/{id}", secret);
        assertThat(notFound.statusCode()).isEqualTo(404);
        assertThat(notFound.contentType()).startsWith("text/html");
        assertThat(notFound.asString()).contains("<h1>Not found</h1>").doesNotContain("Secret pumps");
        problem(anonymous().get("/processes/{id}", secret), 404, "not-found");
        problem(
                appendingNothing(() -> anonymous()
                        .body(Map.of("information", "The bids"))
                        .post("/api/public/processes/{id}/disclosure-requests", secret)),
                404,
                "not-found");
        problem(anonymous().get("/api/public/processes/{id}/disclosure-requests", secret), 404, "not-found");
        String spend = page("/spend");
        // The secret award is neither summed nor counted, not even as withheld.
        assertThat(AgencySpendRow.of(spend, HEALTH)).isEqualTo(spendBefore);
        assertThat(Chromium.visibleText(spend)).doesNotContain("77,777.77").doesNotContain("Secret pumps");
    }

    @Test
    void maskedFieldsAreWithheldOnEveryPageThatWouldShowThem() {
        AgencySpendRow spendBefore = AgencySpendRow.of(page("/spend"), HEALTH);
        UUID restricted = Tenders.draft(Tenders.infusionPumps(BudgetLines.appropriate("1000000")));
        classify(restricted, "RESTRICTED");
        defer(restricted, "tender.items");
        Tenders.publish(restricted);
        PortalFixtures.threeBids(restricted, "66666.66", "Restricted pumps");
        UUID award = PortalFixtures.openAndAwardToBoda(restricted);
        UUID[] contract = PortalFixtures.signedWithAdvance(award, "54321.09", "6012.34");
        PortalFixtures.paidOnAcceptance(contract[0], contract[1], "54321.09");

        String process = Chromium.visibleText(page("/processes/" + restricted));

        assertThat(process)
                .contains("Infusion pumps for district hospitals")
                .contains("Budget (estimate) withheld from publication")
                .contains("The items of this process are withheld from publication.")
                .contains("To Boda Information Technology Co. Ltd. for withheld from publication")
                .contains("3 bids received, 3 counted")
                .doesNotContain("100,000.00")
                .doesNotContain("33194110-0")
                .doesNotContain("66,666.66")
                .doesNotContain("99,500.00");
        // The contract value, the payment milestone's amount and the payments would each disclose the award value.
        assertThat(process)
                .contains("Contract with Boda Information Technology Co. Ltd.")
                .contains("Value withheld from publication")
                .contains("Payment on acceptance payment 2030-07-15 withheld from publication met")
                .containsPattern("Advance payment withheld from publication \\S+ \\S+ Payment on acceptance withheld")
                .doesNotContain("54,321.09")
                .doesNotContain("6,012.34");
        String row = rowOf(page("/?status=AWARDED"), restricted);
        assertThat(Chromium.visibleText(row))
                .contains("withheld from publication")
                .doesNotContain("100,000.00");
        String spend = page("/spend");
        // Counted as an award whose value is withheld, and not summed.
        assertThat(AgencySpendRow.of(spend, HEALTH)).isEqualTo(spendBefore.plus(null));
        assertThat(Chromium.visibleText(spend)).doesNotContain("66,666.66");
    }

    private static void classify(UUID tender, String classification) {
        as("health.officer")
                .body(Map.of("classification", classification, "justification", "Public security equipment"))
                .post("/api/tenders/{id}/classification", tender)
                .then()
                .statusCode(201);
    }

    /** The buyer withholds the field for ten years, long past any time the tests move the clock to. */
    private static void defer(UUID tender, String field) {
        as("health.officer")
                .body(Map.of(
                        "field",
                        field,
                        "justification",
                        "Supplier's trade secrets in the item list",
                        "disclosableAt",
                        PlatformTime.now().plus(Duration.ofDays(3650)).toString()))
                .post("/api/tenders/{id}/deferrals", tender)
                .then()
                .statusCode(201);
    }

    @Test
    void theListIsPagedTwentyAtATimeWithLinksBothWays() {
        for (int total = total(page("/")); total < 21; total++) {
            Tenders.publishedPumps();
        }
        String first = page("/");
        int total = total(first);
        int pages = (total + 19) / 20;

        assertThat(first)
                .contains("page 1 of " + pages + "</caption>")
                .contains("<a rel=\"next\" href=\"/?page=2\">Next page</a>")
                .doesNotContain("rel=\"prev\"");
        assertThat(links(first)).hasSize(20);
        String second = page("/?page=2");
        assertThat(second).contains("page 2 of " + pages).contains("<a rel=\"prev\" href=\"/?page=1\">");
        assertThat(links(second)).doesNotContainAnyElementsOf(links(first));
        assertThat(page("/?page=" + (pages + 1))).contains("No published process matches.");
    }

    private static int total(String list) {
        Matcher count = Pattern.compile("<caption>Processes: (\\d+) process").matcher(list);
        assertThat(count.find()).as("the list's caption").isTrue();
        return Integer.parseInt(count.group(1));
    }

    private static List<String> links(String list) {
        return Pattern.compile("href=\"(/processes/[0-9a-f-]{36})\"")
                .matcher(list)
                .results()
                .map(m -> m.group(1))
                .toList();
    }

    @Nested
    class RefusedInput {

        @Test
        void anUnknownOrDraftStatusIsInvalid() {
            invalidField(anonymous().get("/?status=DRAFT"), "status");
            invalidField(anonymous().get("/?status=<script>"), "status");
            Response page = anonymous().accept("text/html").get("/?status=DRAFT");
            assertThat(page.statusCode()).isEqualTo(400);
            assertThat(page.asString()).contains("<h1>Invalid request</h1>").doesNotContain("<script>");
        }

        @Test
        void aPageOutsideTheRangeOrAMalformedAgencyIsInvalid() {
            invalidField(anonymous().get("/?page=0"), "page");
            invalidField(anonymous().get("/?page=many"), "page");
            invalidField(anonymous().get("/?agency=City Health!"), "agency");
        }

        @Test
        void aProcessAddressThatIsNoIdentifierIsInvalidAndAnUnknownOneIsNotFound() {
            invalidField(anonymous().get("/processes/not-a-uuid"), "id");
            problem(anonymous().get("/processes/{id}", UUID.randomUUID()), 404, "not-found");
        }

        @Test
        void aDraftIsNotPublic() {
            UUID draft = Tenders.draft(Tenders.infusionPumps(BudgetLines.appropriate("1000000")));
            problem(anonymous().get("/processes/{id}", draft), 404, "not-found");
            assertThat(page("/")).doesNotContain(draft.toString());
        }
    }

    private static String page(String path) {
        return anonymous()
                .accept("text/html")
                .get(path)
                .then()
                .statusCode(200)
                .header("Content-Type", startsWith("text/html"))
                .extract()
                .asString();
    }

    private static String rowOf(String html, UUID process) {
        int link = html.indexOf("/processes/" + process);
        assertThat(link).as("a row for %s", process).isPositive();
        return html.substring(html.lastIndexOf("<tr>", link), html.indexOf("</tr>", link));
    }
}
