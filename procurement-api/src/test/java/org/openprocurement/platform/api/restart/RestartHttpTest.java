package org.openprocurement.platform.api.restart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openprocurement.platform.api.ProcurementApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Runs the platform exactly as the run command does (embedded PostgreSQL, data in a folder), stops it and
 * starts it again on the same folder: the data is still there and a deadline scheduled before the stop
 * fires after the restart.
 */
class RestartHttpTest {

    @TempDir
    Path dataDirectory;

    @Test
    void dataAndAPendingDeadlineSurviveARestartOfThePlatform() throws Exception {
        UUID line;
        Instant stoppedAt;
        try (ConfigurableApplicationContext first = start()) {
            assertThat(durability(first)).containsExactly("on", "on");
            String location = as(first, "finance.officer")
                    .body(Map.of(
                            "organisationId", "city-health",
                            "fiscalYear", 2026,
                            "classificationCode", "2100101",
                            "purpose", "Vaccines",
                            "amount", "900",
                            "currency", "CNY",
                            "availableUntil", Instant.now().plusSeconds(12).toString()))
                    .post("/api/budget-lines")
                    .then()
                    .statusCode(201)
                    .extract()
                    .header("Location");
            line = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
            as(first, "health.officer")
                    .body(Map.of("purpose", "Flu vaccines", "amount", "300"))
                    .post("/api/budget-lines/{id}/commitments", line)
                    .then()
                    .statusCode(201);
            assertThat(jdbc(first).queryForObject("SELECT count(*) FROM scheduled_tasks", Long.class))
                    .isEqualTo(1);
        }
        stoppedAt = Instant.now();

        try (ConfigurableApplicationContext second = start()) {
            as(second, "health.officer")
                    .get("/api/budget-lines/{id}", line)
                    .then()
                    .statusCode(200)
                    .body("committed", equalTo(300))
                    .body("appropriated", equalTo(900));
            awaitLapse(second, line);
            JsonNode lapse = lapseMetadata(second, line);
            assertThat(lapse.get("user").asText()).isEqualTo("system");
            assertThat(Instant.parse(lapse.get("requestTime").asText())).isAfter(stoppedAt);
            as(second, "health.officer")
                    .get("/api/budget-lines/{id}", line)
                    .then()
                    .body("status", equalTo("LAPSED"))
                    .body("lapsed", equalTo(600))
                    .body("available", equalTo(0))
                    .body("committed", equalTo(300));
        }
    }

    private ConfigurableApplicationContext start() {
        // Command-line arguments, as a user would pass them to the run command; they outrank application.yml.
        return new SpringApplicationBuilder(ProcurementApplication.class)
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=",
                        "--procurement.embedded-postgres.data-directory=" + dataDirectory.resolve("pg"),
                        "--db-scheduler.polling-interval=500ms");
    }

    private static void awaitLapse(ConfigurableApplicationContext context, UUID line) throws InterruptedException {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(60));
        while (!"LAPSED".equals(status(context, line))) {
            assertThat(Instant.now())
                    .as("the lapse deadline fired within a minute")
                    .isBefore(giveUp);
            Thread.sleep(200);
        }
    }

    private static String status(ConfigurableApplicationContext context, UUID line) {
        return jdbc(context)
                .queryForObject("SELECT status FROM budget_line_view WHERE budget_line_id = ?", String.class, line);
    }

    private static JsonNode lapseMetadata(ConfigurableApplicationContext context, UUID line) throws Exception {
        byte[] metadata = jdbc(context)
                .queryForObject(
                        "SELECT metadata FROM domainevententry WHERE aggregateidentifier = ? AND payloadtype LIKE ?",
                        byte[].class,
                        line.toString(),
                        "%BudgetLineLapsed");
        return new ObjectMapper().readTree(new String(metadata, StandardCharsets.UTF_8));
    }

    private static String[] durability(ConfigurableApplicationContext context) {
        JdbcTemplate jdbc = jdbc(context);
        return new String[] {
            jdbc.queryForObject("SHOW fsync", String.class),
            jdbc.queryForObject("SHOW synchronous_commit", String.class)
        };
    }

    private static JdbcTemplate jdbc(ConfigurableApplicationContext context) {
        return context.getBean(JdbcTemplate.class);
    }

    private static RequestSpecification as(ConfigurableApplicationContext context, String user) {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return RestAssured.given()
                .port(port)
                .auth()
                .preemptive()
                .basic(user, "demo")
                .contentType(ContentType.JSON);
    }
}
