package org.openprocurement.platform.api.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openprocurement.platform.api.support.BudgetLines.commitment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openprocurement.platform.api.support.BudgetLines;
import org.openprocurement.platform.api.support.HttpTest;
import org.openprocurement.platform.api.support.PlatformTime;
import org.openprocurement.platform.core.budget.event.FundsCommitted;

/** Who acted, for whom, in which role, under which correlation id and when is stored with every event. */
class EventMetadataHttpTest extends HttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aCommitmentIsStoredWithTheActorTheCorrelationIdAndTheRequestTime() throws Exception {
        UUID line = BudgetLines.appropriate("1000000");
        // Request time is platform time, which other tests in this JVM may have moved forward.
        Instant sent = PlatformTime.now();

        Response response = as("health.officer")
                .header("X-Correlation-Id", "test-corr-123")
                .body(commitment("1000"))
                .post("/api/budget-lines/{id}/commitments", line);

        Instant answered = PlatformTime.now();
        response.then().statusCode(201).header("X-Correlation-Id", "test-corr-123");
        JsonNode metadata = metadataOf(line, 1);
        assertThat(metadata.path("user").asText()).isEqualTo("health.officer");
        assertThat(metadata.path("organisation").asText()).isEqualTo("city-health");
        assertThat(metadata.path("role").asText()).isEqualTo("OFFICER");
        assertThat(metadata.path("correlationId").asText()).isEqualTo("test-corr-123");
        assertThat(Instant.parse(metadata.path("requestTime").asText())).isBetween(sent, answered);
    }

    @Test
    void aCorrelationIdThatIsNotWellFormedIsReplacedAndTheReplacementIsRecorded() throws Exception {
        UUID line = BudgetLines.appropriate("1000000");

        Response response = as("health.officer")
                .header("X-Correlation-Id", "<script>alert(1)</script>")
                .body(commitment("1000"))
                .post("/api/budget-lines/{id}/commitments", line);

        response.then().statusCode(201);
        String replacement = response.header("X-Correlation-Id");
        assertThat(replacement).matches("[A-Za-z0-9._:-]{1,64}");
        assertThat(metadataOf(line, 1).path("correlationId").asText()).isEqualTo(replacement);
    }

    @Test
    void theEventRowNamesItsTypeAndRevisionAndThePayloadNamesNoClass() {
        UUID line = BudgetLines.appropriate("1000000");
        BudgetLines.commit(line, "1000");

        Map<String, Object> row = jdbc.queryForMap(
                "SELECT payloadtype, payloadrevision, convert_from(payload, 'UTF8') AS payload "
                        + "FROM domainevententry WHERE aggregateidentifier = ? AND sequencenumber = 1",
                line.toString());

        assertThat(row.get("payloadtype")).isEqualTo(FundsCommitted.class.getName());
        assertThat(row.get("payloadrevision")).isEqualTo("1");
        assertThat((String) row.get("payload"))
                .contains("\"commitmentId\"")
                .doesNotContain("org.openprocurement")
                .doesNotContain("@class");
    }

    private JsonNode metadataOf(UUID line, long sequence) throws Exception {
        String metadata = jdbc.queryForObject(
                "SELECT convert_from(metadata, 'UTF8') FROM domainevententry "
                        + "WHERE aggregateidentifier = ? AND sequencenumber = ?",
                String.class,
                line.toString(),
                sequence);
        return JSON.readTree(metadata);
    }
}
