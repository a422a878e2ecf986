package org.openprocurement.platform.api.ocds;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What the publisher knows of one process so far: its OCDS content unmasked, and what decides how much of it
 * a release may show. Kept between passes in {@code ocds_process}.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
final class ProcessFile {

    UUID processId;
    String ocid;
    /** parties, buyer, planning, tender, awards (and contracts, once contracts are published) as they stand. */
    ObjectNode content = JsonNodeFactory.instance.objectNode();

    String classification = "PUBLIC";
    Set<String> deferred = new LinkedHashSet<>();
    boolean published;
    String currency;
    /** Enquiries raised, by id: published with their answer only. */
    Map<String, String> questions = new LinkedHashMap<>();

    /** Contracts whose implementation (a milestone met, a payment) has been published. */
    Set<String> implemented = new LinkedHashSet<>();

    int releases;
    String lastReleaseId;

    ProcessFile() {}

    ProcessFile(UUID processId, String ocid) {
        this.processId = processId;
        this.ocid = ocid;
    }

    /** The id the next release of the process will have. */
    String nextReleaseId() {
        return ocid + "-" + String.format("%04d", releases + 1);
    }

    boolean secret() {
        return "SECRET".equals(classification);
    }
}
