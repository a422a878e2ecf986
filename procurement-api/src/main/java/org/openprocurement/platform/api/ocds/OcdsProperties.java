package org.openprocurement.platform.api.ocds;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the platform publishes OCDS.
 *
 * @param ocidPrefix the prefix registered with the Open Contracting Partnership; the ocid is prefix + "-" +
 *     the process (tender) id
 * @param publicUri absolute base of the public URLs written into packages
 * @param publisherName the publisher named in every package
 * @param license the licence of the published data
 * @param publishInterval how often settled events are published
 */
@ConfigurationProperties("procurement.ocds")
record OcdsProperties(
        String ocidPrefix, URI publicUri, String publisherName, String license, Duration publishInterval) {

    OcdsProperties {
        ocidPrefix = ocidPrefix == null ? "ocds-xxxxxx" : ocidPrefix;
        publicUri = publicUri == null ? URI.create("http://localhost:8080") : publicUri;
        publisherName = publisherName == null ? "Procurement platform" : publisherName;
        publishInterval = publishInterval == null ? Duration.ofMillis(500) : publishInterval;
    }

    /** The ocid of a process. */
    String ocid(Object processId) {
        return ocidPrefix + "-" + processId;
    }

    /** An absolute public URL for a path of this platform. */
    String url(String path) {
        String base = publicUri.toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }
}
