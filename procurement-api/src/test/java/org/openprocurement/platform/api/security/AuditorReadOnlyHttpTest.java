package org.openprocurement.platform.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openprocurement.platform.api.support.HttpTest;

/** Auditors read everything and change nothing: every command the API describes answers them 403. */
class AuditorReadOnlyHttpTest extends HttpTest {

    @Test
    void everyCommandEndpointInTheApiDescriptionRefusesAnAuditorWithoutAppendingAnything() {
        Map<String, Map<String, Object>> paths = anonymous()
                .get("/v3/api-docs")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("paths");
        List<String> commands = new ArrayList<>();
        paths.forEach((path, operations) -> operations.keySet().stream()
                .filter(method -> List.of("post", "put", "patch", "delete").contains(method))
                .forEach(method -> commands.add(method.toUpperCase() + " " + path)));
        assertThat(commands).as("command endpoints found in /v3/api-docs").hasSizeGreaterThan(15);

        for (String command : commands) {
            String method = command.substring(0, command.indexOf(' '));
            String path = command.substring(command.indexOf(' ') + 1)
                    .replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            Response response = appendingNothing(() -> as("auditor").body("{}").request(method, path));

            assertThat(response.statusCode()).as(command).isEqualTo(403);
            assertThat(response.contentType()).as(command).startsWith("application/problem+json");
        }
    }
}
