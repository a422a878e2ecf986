package org.openprocurement.platform.api.restart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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

    @Test
    void aTenderWhoseDeadlinePassedWhileThePlatformWasDownOpensAfterTheRestart() throws Exception {
        UUID tender;
        // The first run never polls for due deadlines, so the opening can only happen after the restart.
        try (ConfigurableApplicationContext first = start("1h")) {
            String line = idIn(as(first, "finance.officer")
                    .body(Map.of(
                            "organisationId", "city-health",
                            "fiscalYear", 2026,
                            "classificationCode", "2100101",
                            "purpose", "Ambulances",
                            "amount", "3000000",
                            "currency", "CNY",
                            "availableUntil", "2035-01-01T00:00:00Z"))
                    .post("/api/budget-lines")
                    .then()
                    .statusCode(201)
                    .extract()
                    .header("Location"));
            Instant now = Instant.parse(
                    as(first, "admin").get("/api/admin/clock").then().extract().path("now"));
            tender = UUID.fromString(idIn(as(first, "health.officer")
                    .body(Map.of(
                            "budgetLineId", line,
                            "title", "Two ambulances",
                            "category", "GOODS",
                            "method", "OPEN_TENDERING",
                            "awardCriteria", "LOWEST_PRICE",
                            "items",
                                    List.of(Map.of(
                                            "description", "Type B ambulance",
                                            "classificationCode", "34114121-3",
                                            "quantity", 2,
                                            "unit", "vehicle",
                                            "estimatedValue", "2000000")),
                            "tenderPeriodEnd", now.plus(Duration.ofDays(22)).toString()))
                    .post("/api/tenders")
                    .then()
                    .statusCode(201)
                    .extract()
                    .header("Location")));
            as(first, "purchasing.agent")
                    .body(Map.of())
                    .post("/api/tenders/{id}/publication", tender)
                    .then()
                    .statusCode(201);
            for (String supplier : List.of("supplier.anhe", "supplier.boda", "supplier.chenguang")) {
                as(first, supplier)
                        .body(Map.of("price", 1900000, "proposal", "Ambulances from " + supplier))
                        .post("/api/tenders/{id}/bids", tender)
                        .then()
                        .statusCode(201);
            }
            as(first, "admin")
                    .body(Map.of("advanceBy", "P23D"))
                    .post("/api/admin/clock")
                    .then()
                    .statusCode(200);
            assertThat(tenderStatus(first, tender)).isEqualTo("PUBLISHED");
        }

        // Without its sealing key, or with another one, the platform refuses to start: the sealed bids could
        // never be opened. With the key restored it starts and opens them.
        Path key = dataDirectory.resolve("keys/sealing.key");
        Path kept = Files.move(key, dataDirectory.resolve("sealing.key.backup"));
        assertThatThrownBy(() -> start("500ms").close())
                .rootCause()
                .hasMessageContaining("bid sealing key")
                .hasMessageContaining("is missing");
        Files.write(key, new byte[32]);
        assertThatThrownBy(() -> start("500ms").close())
                .rootCause()
                .hasMessageContaining("is not the key this database's bids were sealed with");
        Files.move(kept, key, java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        try (ConfigurableApplicationContext second = start("500ms")) {
            Instant giveUp = Instant.now().plus(Duration.ofSeconds(60));
            while (!"OPENED".equals(tenderStatus(second, tender))) {
                assertThat(Instant.now())
                        .as("the tender opened within a minute of the restart")
                        .isBefore(giveUp);
                Thread.sleep(200);
            }
            as(second, "auditor")
                    .get("/api/tenders/{id}/bids", tender)
                    .then()
                    .statusCode(200)
                    .body("size()", equalTo(3));
        }
    }

    private ConfigurableApplicationContext start() {
        return start("500ms");
    }

    private ConfigurableApplicationContext start(String deadlinePolling) {
        // Command-line arguments, as a user would pass them to the run command; they outrank application.yml.
        return new SpringApplicationBuilder(ProcurementApplication.class)
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=",
                        "--procurement.embedded-postgres.data-directory=" + dataDirectory.resolve("pg"),
                        "--procurement.sealing.key-file=" + dataDirectory.resolve("keys/sealing.key"),
                        "--db-scheduler.polling-interval=" + deadlinePolling);
    }

    private static String tenderStatus(ConfigurableApplicationContext context, UUID tender) {
        return jdbc(context).queryForObject("SELECT status FROM tender_view WHERE tender_id = ?", String.class, tender);
    }

    private static String idIn(String location) {
        return location.substring(location.lastIndexOf('/') + 1);
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
