package org.openprocurement.platform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.startsWith;
import static org.openprocurement.platform.api.support.ProblemResponses.problem;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openprocurement.platform.api.support.HttpTest;

/** What the platform offers besides its business resources: API description, health, metrics, organisations. */
class PlatformEndpointsHttpTest extends HttpTest {

    @Test
    void theApiDescriptionIsPublicAndDescribesBudgetLines() {
        anonymous()
                .get("/v3/api-docs")
                .then()
                .statusCode(200)
                .header("Content-Type", startsWith("application/json"))
                .body("paths", hasKey("/api/budget-lines"));
    }

    @Test
    void theApiExplorerIsPublic() {
        anonymous()
                .redirects()
                .follow(true)
                .get("/swagger-ui.html")
                .then()
                .statusCode(200)
                .header("Content-Type", startsWith("text/html"))
                .body(containsString("swagger-ui"));
    }

    @Test
    void healthIsPublicAndUp() {
        anonymous().get("/actuator/health").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void metricsAreForTheOperatorOnly() {
        problem(anonymous().get("/actuator/prometheus"), 401, "unauthenticated");
        problem(as("health.officer").get("/actuator/prometheus"), 403, "forbidden");
        as("admin")
                .get("/actuator/prometheus")
                .then()
                .statusCode(200)
                .header("Content-Type", startsWith("text/plain"))
                .body(containsString("jvm_memory"));
    }

    @Test
    void theOrganisationsArePublicWithEveryKindOfParticipant() {
        List<String> kinds = anonymous()
                .get("/api/organisations")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("kind", String.class);

        assertThat(kinds.stream().filter("USING_AGENCY"::equals)).hasSizeGreaterThanOrEqualTo(2);
        assertThat(kinds.stream().filter("PURCHASING_AGENCY"::equals)).hasSizeGreaterThanOrEqualTo(1);
        assertThat(kinds.stream().filter("FINANCE_DEPARTMENT"::equals)).hasSizeGreaterThanOrEqualTo(1);
        assertThat(kinds.stream().filter("SUPPLIER"::equals)).hasSizeGreaterThanOrEqualTo(3);
        assertThat(kinds.stream().filter("AUDIT_OFFICE"::equals)).hasSizeGreaterThanOrEqualTo(1);
    }

    @Test
    void anOrganisationThePlatformDoesNotKnowIsNotFound() {
        problem(anonymous().get("/api/organisations/nope"), 404, "not-found");
    }

    @Test
    void aPathThePlatformDoesNotServeIsNotFound() {
        problem(as("health.officer").get("/api/nothing"), 404, "not-found");
    }

    @Test
    void aMethodTheResourceDoesNotSupportIsNotAllowed() {
        problem(as("finance.officer").delete("/api/budget-lines"), 405, "method-not-allowed")
                .header("Allow", containsString("POST"));
    }

    @Test
    void theDatabaseFlushesEveryCommitToDisk() {
        assertThat(jdbc.queryForObject("SHOW fsync", String.class)).isEqualTo("on");
        assertThat(jdbc.queryForObject("SHOW synchronous_commit", String.class)).isEqualTo("on");
    }
}
