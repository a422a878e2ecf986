package org.openprocurement.platform.api.ocds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.zip.GZIPInputStream;

/** Test steps on the public OCDS output, read as any consumer reads it: anonymously, over HTTP. */
final class OcdsFeed {

    static final String PREFIX = "ocds-xxxxxx-";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PUBLICATION_BOUND = Duration.ofSeconds(30);

    private OcdsFeed() {}

    /** A request without credentials. */
    static RequestSpecification anonymous() {
        return RestAssured.given();
    }

    static String ocid(UUID tender) {
        return PREFIX + tender;
    }

    static JsonNode json(Response response) {
        return json(response.asString());
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The record package of the process, once it exists. */
    static JsonNode record(UUID tender) {
        Response response = anonymous().get("/api/public/ocds/records/{ocid}", ocid(tender));
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
        return json(response);
    }

    /** The tags of the process's releases, in the record's order. */
    static List<String> tagsOf(UUID tender) {
        Response response = anonymous().get("/api/public/ocds/records/{ocid}", ocid(tender));
        if (response.statusCode() != 200) {
            return List.of();
        }
        List<String> tags = new ArrayList<>();
        json(response).at("/records/0/releases").forEach(r -> tags.add(String.join("+", texts(r.get("tag")))));
        return tags;
    }

    /** Waits, bounded, until the process has a release tagged {@code tag} (for example "award"). */
    static void awaitRelease(UUID tender, String tag) {
        await("a " + tag + " release of " + tender)
                .atMost(PUBLICATION_BOUND)
                .pollInterval(Duration.ofMillis(200))
                .until(() -> tagsOf(tender).stream()
                        .anyMatch(t -> List.of(t.split("\\+")).contains(tag)));
    }

    /** Every page of the feed from the start, each as served, up to the 204 that says nothing is newer. */
    static List<JsonNode> allPages(int limit) {
        return pagesAfter(0, limit);
    }

    /** Every page of the feed after the position, each as served, up to the 204 that says nothing is newer. */
    static List<JsonNode> pagesAfter(long after, int limit) {
        List<JsonNode> pages = new ArrayList<>();
        String next = "/api/public/ocds/releases?after=" + after + "&limit=" + limit;
        while (true) {
            Response response = anonymous().get(next);
            if (response.statusCode() == 204) {
                assertThat(response.header("Link")).contains(next).contains("rel=\"next\"");
                return pages;
            }
            assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
            JsonNode page = json(response);
            pages.add(page);
            next = relative(page.at("/links/next").asText());
        }
    }

    static String relative(String url) {
        return url.replaceFirst("^https?://[^/]+", "");
    }

    /** The bulk file's lines, gunzipped. */
    static List<String> bulkLines() {
        byte[] gzipped = anonymous()
                .get("/api/public/ocds/bulk/releases.jsonl.gz")
                .then()
                .statusCode(200)
                .contentType("application/gzip")
                .extract()
                .asByteArray();
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(new ByteArrayInputStream(gzipped)), StandardCharsets.UTF_8))) {
            reader.lines().forEach(lines::add);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return lines;
    }

    static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }
}
