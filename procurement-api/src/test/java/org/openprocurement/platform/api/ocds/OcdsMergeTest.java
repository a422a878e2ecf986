package org.openprocurement.platform.api.ocds;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The five OCDS 1.1.5 merge vectors: merging the example releases gives exactly the published records. */
class OcdsMergeTest {

    private static final String MERGING = "/ocds-1.1.5/examples/merging/";
    private static final List<String> RELEASES =
            List.of("merge-award-1", "merge-award-2", "merge-tender-1", "merge-tender-2", "merge-tender-3");

    private final ObjectMapper json = new ObjectMapper();

    private JsonNode read(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(MERGING + name + ".json")) {
            assertThat(in).as(name).isNotNull();
            return json.readTree(in);
        }
    }

    /** The releases in file-name order, which is not their date order: the merge must sort them. */
    private List<JsonNode> releases() throws IOException {
        List<JsonNode> releases = new ArrayList<>();
        for (String name : RELEASES) {
            read(name).get("releases").forEach(releases::add);
        }
        return releases;
    }

    @Test
    void theCompiledReleaseIsExactlyTheExampleRecordsCompiledRelease() throws IOException {
        JsonNode expected = read("merged").get("records").get(0).get("compiledRelease");

        assertThat(OcdsMerge.compile(releases())).isEqualTo(expected);
    }

    @Test
    void theVersionedReleaseIsExactlyTheExampleRecordsVersionedRelease() throws IOException {
        JsonNode expected = read("versioned").get("records").get(0).get("versionedRelease");

        assertThat(OcdsMerge.versioned(releases())).isEqualTo(expected);
    }

    @Test
    void theMergeDoesNotDependOnTheOrderTheReleasesArriveIn() throws IOException {
        List<JsonNode> reversed = new ArrayList<>(releases());
        java.util.Collections.reverse(reversed);

        assertThat(OcdsMerge.compile(reversed)).isEqualTo(OcdsMerge.compile(releases()));
        assertThat(OcdsMerge.versioned(reversed)).isEqualTo(OcdsMerge.versioned(releases()));
    }

    @Test
    void aNullRemovesTheFieldFromTheCompiledReleaseAndIsAVersion() throws IOException {
        JsonNode first =
                json.readTree("{\"ocid\":\"o\",\"id\":\"1\",\"date\":\"2026-01-01T00:00:00Z\",\"tag\":[\"tender\"],"
                        + "\"tender\":{\"id\":\"t\",\"title\":\"A\"}}");
        JsonNode second = json.readTree(
                "{\"ocid\":\"o\",\"id\":\"2\",\"date\":\"2026-01-02T00:00:00Z\",\"tag\":[\"tenderUpdate\"],"
                        + "\"tender\":{\"title\":null}}");

        assertThat(OcdsMerge.compile(List.of(first, second)).get("tender").has("title"))
                .isFalse();
        assertThat(OcdsMerge.versioned(List.of(first, second))
                        .at("/tender/title/1/value")
                        .isNull())
                .isTrue();
    }
}
