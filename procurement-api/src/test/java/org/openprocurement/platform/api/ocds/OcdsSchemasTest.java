package org.openprocurement.platform.api.ocds;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** The validator itself: OCP's own example passes, and a package with a broken date or tag does not. */
class OcdsSchemasTest {

    private final ObjectMapper json = new ObjectMapper();

    private JsonNode example(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/ocds-1.1.5/examples/" + name)) {
            return json.readTree(in);
        }
    }

    @Test
    void theFictionalFullLifecycleExampleIsValid() throws IOException {
        assertThat(OcdsSchemas.releasePackageErrors(example("fictional-full-lifecycle-release-package.json")))
                .isEmpty();
        assertThat(OcdsSchemas.recordPackageErrors(example("fictional-full-lifecycle-record-package.json")))
                .isEmpty();
    }

    @Test
    void anEmptyDateTimeIsAFormatError() throws IOException {
        ObjectNode pack = (ObjectNode) example("fictional-full-lifecycle-release-package.json");
        ((ObjectNode) pack.get("releases").get(0)).put("date", "");

        assertThat(OcdsSchemas.releasePackageErrors(pack)).isNotEmpty();
    }

    @Test
    void aTagOutsideTheReleaseTagCodelistIsAnError() throws IOException {
        ObjectNode pack = (ObjectNode) example("fictional-full-lifecycle-release-package.json");
        ((ObjectNode) pack.get("releases").get(0)).putArray("tag").add("tenderPublished");

        assertThat(OcdsSchemas.releasePackageErrors(pack)).isNotEmpty();
    }

    @Test
    void theCoherenceChecksFindAContractWithoutAwardAndOverpayment() throws IOException {
        JsonNode compiled = json.readTree("""
                {"tender":{"tenderPeriod":{"endDate":"2026-04-01T00:00:00Z"}},
                 "awards":[{"id":"a1","date":"2026-03-01T00:00:00Z"}],
                 "contracts":[{"id":"c1","awardID":"a2","value":{"amount":100,"currency":"CNY"},
                   "implementation":{"transactions":[{"id":"t1","value":{"amount":60,"currency":"CNY"}},
                                                     {"id":"t2","value":{"amount":50,"currency":"CNY"}}]}}]}
                """);

        assertThat(OcdsCoherence.violations(compiled)).hasSize(3);
    }
}
