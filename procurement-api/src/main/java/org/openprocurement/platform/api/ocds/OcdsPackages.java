package org.openprocurement.platform.api.ocds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/** Wraps releases and records in OCDS 1.1 packages, with this platform as publisher. */
@Component
class OcdsPackages {

    private final OcdsProperties properties;

    OcdsPackages(OcdsProperties properties) {
        this.properties = properties;
    }

    /** A release package of these releases, served at {@code path}. */
    ObjectNode releasePackage(String path, List<JsonNode> releases, Instant publishedDate) {
        ObjectNode pack = header(path, publishedDate);
        releases.forEach(pack.putArray("releases")::add);
        return pack;
    }

    /** The record package of one process: its releases, compiled release and versioned release. */
    ObjectNode recordPackage(String path, String ocid, List<JsonNode> releases, Instant publishedDate) {
        ObjectNode pack = header(path, publishedDate);
        ObjectNode record = pack.putArray("records").addObject();
        record.put("ocid", ocid);
        OcdsMerge.inDateOrder(releases).forEach(record.putArray("releases")::add);
        record.set("compiledRelease", OcdsMerge.compile(releases));
        record.set("versionedRelease", OcdsMerge.versioned(releases));
        return pack;
    }

    /** The public URL of a path. */
    String url(String path) {
        return properties.url(path);
    }

    private ObjectNode header(String path, Instant publishedDate) {
        ObjectNode pack = OcdsJson.object();
        pack.put("uri", properties.url(path));
        pack.put("version", "1.1");
        pack.put("publishedDate", OcdsJson.date(publishedDate));
        pack.putObject("publisher").put("name", properties.publisherName());
        if (properties.license() != null) {
            pack.put("license", properties.license());
        }
        pack.put("publicationPolicy", properties.url("/v3/api-docs"));
        return pack;
    }
}
