package org.openprocurement.platform.api.ocds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.openprocurement.platform.api.web.InvalidInputException;
import org.openprocurement.platform.api.web.NotFoundException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Public OCDS 1.1 data without login: single releases, records, the paginated feed and the bulk file. */
@RestController
@RequestMapping("/api/public/ocds")
@Tag(
        name = "OCDS",
        description = "Open Contracting Data Standard 1.1.5 releases and records of every public process. Published "
                + "within about a second of the event (eventually consistent), in the settled order of the event "
                + "log; a published release never changes.")
class OcdsController {

    private static final String FEED = "/api/public/ocds/releases";
    private static final int MAX_PAGE = 1000;

    private final OcdsQueries queries;
    private final OcdsPackages packages;
    private final Clock clock;

    OcdsController(OcdsQueries queries, OcdsPackages packages, Clock clock) {
        this.queries = queries;
        this.packages = packages;
        this.clock = clock;
    }

    @GetMapping("/releases")
    @Operation(
            summary = "The release feed: a release package of the releases after the cursor, in feed order, with "
                    + "links.next, the cursor to resume from; 204 with a Link header (rel=next, the same cursor) "
                    + "when nothing newer is published yet, since a release package holds at least one release")
    ResponseEntity<ObjectNode> feed(
            @RequestParam(defaultValue = "0") long after, @RequestParam(defaultValue = "100") int limit) {
        if (after < 0) {
            throw new InvalidInputException("after", "must be a feed position, 0 or more");
        }
        if (limit < 1 || limit > MAX_PAGE) {
            throw new InvalidInputException("limit", "must be between 1 and " + MAX_PAGE);
        }
        List<OcdsQueries.Published> page = queries.after(after, limit);
        if (page.isEmpty()) {
            String next = packages.url(FEED + "?after=" + after + "&limit=" + limit);
            return ResponseEntity.noContent()
                    .header(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"")
                    .build();
        }
        long next = page.get(page.size() - 1).position();
        ObjectNode pack = packages.releasePackage(
                FEED + "?after=" + after + "&limit=" + limit,
                page.stream().map(OcdsQueries.Published::release).toList(),
                clock.instant());
        pack.putObject("links").put("next", packages.url(FEED + "?after=" + next + "&limit=" + limit));
        return ResponseEntity.ok(pack);
    }

    @GetMapping("/releases/{releaseId}")
    @Operation(summary = "One release, in a release package")
    ObjectNode release(@PathVariable String releaseId) {
        JsonNode release = queries.release(releaseId).orElseThrow(() -> new NotFoundException("release", releaseId));
        return packages.releasePackage(FEED + "/" + releaseId, List.of(release), clock.instant());
    }

    @GetMapping("/records/{ocid}")
    @Operation(summary = "The record of one process: its releases, compiled release and versioned release")
    ObjectNode record(@PathVariable String ocid) {
        List<JsonNode> releases = queries.releasesOf(ocid);
        if (releases.isEmpty()) {
            throw new NotFoundException("record", ocid);
        }
        return packages.recordPackage("/api/public/ocds/records/" + ocid, ocid, releases, clock.instant());
    }

    @GetMapping("/bulk/releases.jsonl.gz")
    @Operation(summary = "Every published release, one JSON text per line in feed order, gzipped (JSON Lines)")
    ResponseEntity<StreamingResponseBody> bulk() {
        StreamingResponseBody body = out -> {
            try (GZIPOutputStream gzip = new GZIPOutputStream(out, 1 << 16)) {
                queries.writeAll(gzip);
            }
        };
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/gzip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"releases.jsonl.gz\"")
                .body(body);
    }
}
