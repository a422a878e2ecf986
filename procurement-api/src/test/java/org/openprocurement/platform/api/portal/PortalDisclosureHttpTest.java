package org.openprocurement.platform.api.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.openprocurement.platform.api.support.ProblemResponses.invalidField;
import static org.openprocurement.platform.api.support.ProblemResponses.problem;

import io.restassured.response.Response;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.openprocurement.platform.api.disclosure.DisclosurePolicy;
import org.openprocurement.platform.api.support.BudgetLines;
import org.openprocurement.platform.api.support.HttpTest;
import org.openprocurement.platform.api.support.Tenders;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The portal asks the disclosure policy before it shows anything: a secret process appears nowhere, masked fields
 * read "withheld", and refused inputs are answered as problems (or a readable page for a browser).
 */
@Import(PortalDisclosureHttpTest.Classification.class)
// Its own application context (the test classification): closed after the class, so that only one platform
// at a time polls the shared database for deadlines.
@DirtiesContext
class PortalDisclosureHttpTest extends HttpTest {

    private static final Set<UUID> SECRET = ConcurrentHashMap.newKeySet();
    private static final Map<UUID, Set<String>> MASKED = new ConcurrentHashMap<>();

    /** A classification decided by the test, standing in for the process classification of the platform. */
    @TestConfiguration
    static class Classification {
        @Bean
        @Primary
        DisclosurePolicy testClassification() {
            return new DisclosurePolicy() {
                @Override
                public boolean isPublic(UUID processId) {
                    return !SECRET.contains(processId);
                }

                @Override
                public Set<String> maskedFields(UUID processId) {
                    return MASKED.getOrDefault(processId, Set.of());
                }
            };
        }
    }

    @Test
    void aSecretProcessAppearsNowhereInThePortal() {
        UUID secret = Tenders.publishedPumps();
        SECRET.add(secret);
        PortalFixtures.threeBids(secret, "77777.77", "Secret pumps");
        PortalFixtures.openAndAwardToBoda(secret);
        UUID visible = Tenders.publishedPumps();

        assertThat(page("/")).contains("/processes/" + visible).doesNotContain(secret.toString());
        assertThat(page("/?status=AWARDED&agency=city-health")).doesNotContain(secret.toString());
        Response notFound = anonymous().accept("text/html").get("/processes/{id}", secret);
        assertThat(notFound.statusCode()).isEqualTo(404);
        assertThat(notFound.contentType()).startsWith("text/html");
        assertThat(notFound.asString()).contains("<h1>Not found</h1>").doesNotContain("Infusion pumps");
        problem(anonymous().get("/processes/{id}", secret), 404, "not-found");
        problem(
                appendingNothing(() -> anonymous()
                        .body(Map.of("information", "The bids"))
                        .post("/api/public/processes/{id}/disclosure-requests", secret)),
                404,
                "not-found");
        problem(anonymous().get("/api/public/processes/{id}/disclosure-requests", secret), 404, "not-found");
        String spend = Chromium.visibleText(page("/spend"));
        assertThat(spend).contains(money(expectedSpend()) + " CNY").doesNotContain("77,777.77");
    }

    @Test
    void maskedFieldsAreWithheldOnEveryPageThatWouldShowThem() {
        UUID restricted = Tenders.publishedPumps();
        MASKED.put(restricted, Set.of(Masks.TENDER_VALUE, Masks.TENDER_ITEMS, Masks.AWARDS_VALUE));
        PortalFixtures.threeBids(restricted, "66666.66", "Restricted pumps");
        PortalFixtures.openAndAwardToBoda(restricted);

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
        String row = rowOf(page("/?status=AWARDED"), restricted);
        assertThat(Chromium.visibleText(row))
                .contains("withheld from publication")
                .doesNotContain("100,000.00");
        assertThat(Chromium.visibleText(page("/spend")))
                .contains(money(expectedSpend()) + " CNY")
                .doesNotContain("66,666.66");
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

    /** What the spend page should sum for the health commission in CNY: no secret process, no withheld value. */
    private BigDecimal expectedSpend() {
        BigDecimal all = jdbc.queryForObject(
                "SELECT sum(a.value) FROM award_view a JOIN tender_view t ON t.tender_id = a.tender_id"
                        + " WHERE t.buyer_id = 'city-health' AND t.currency = 'CNY'",
                BigDecimal.class);
        BigDecimal hidden = Stream.concat(
                        SECRET.stream(),
                        MASKED.entrySet().stream()
                                .filter(e -> e.getValue().contains(Masks.AWARDS_VALUE))
                                .map(Map.Entry::getKey))
                .distinct()
                .map(id -> jdbc.queryForObject(
                        "SELECT coalesce(sum(value), 0) FROM award_view WHERE tender_id = ?", BigDecimal.class, id))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return all.subtract(hidden);
    }

    private static String money(BigDecimal amount) {
        return String.format(Locale.ROOT, "%,.2f", amount);
    }
}
