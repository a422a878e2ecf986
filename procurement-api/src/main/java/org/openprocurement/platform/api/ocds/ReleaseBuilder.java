package org.openprocurement.platform.api.ocds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.openprocurement.platform.api.disclosure.DisclosureMasks;

/**
 * Builds a release from what is known of the process, less what its classification and deferrals withhold.
 * Every release carries the whole known state of the process, so each one can be read alone; merged, they
 * give the same record.
 */
final class ReleaseBuilder {

    private final Set<String> restrictedFields;

    ReleaseBuilder(Set<String> restrictedFields) {
        this.restrictedFields = Set.copyOf(restrictedFields);
    }

    /** The fields withheld from the process's releases now. */
    Set<String> masked(ProcessFile file) {
        Set<String> masked = new HashSet<>(file.deferred);
        if ("RESTRICTED".equals(file.classification)) {
            masked.addAll(restrictedFields);
        }
        return DisclosureMasks.implied(masked);
    }

    /** The next release of the process, with these tags and this date; counts it as made. */
    ObjectNode next(ProcessFile file, List<String> tags, Instant date) {
        ObjectNode release = OcdsJson.object();
        String id = file.nextReleaseId();
        release.put("ocid", file.ocid);
        release.put("id", id);
        release.put("date", OcdsJson.date(date));
        tags.forEach(release.putArray("tag")::add);
        release.put("initiationType", "tender");
        release.put("language", "en");
        ObjectNode content = file.content.deepCopy();
        mask(content, masked(file));
        content.properties().forEach(field -> release.set(field.getKey(), field.getValue()));
        file.releases++;
        file.lastReleaseId = id;
        return release;
    }

    private static void mask(ObjectNode content, Set<String> masked) {
        if (masked.contains("planning.budget") && content.has("planning")) {
            ((ObjectNode) content.get("planning")).remove("budget");
            if (content.get("planning").isEmpty()) {
                content.remove("planning");
            }
        }
        if (content.get("tender") instanceof ObjectNode tender) {
            if (masked.contains("tender.value")) {
                tender.remove("value");
            }
            if (masked.contains("tender.items")) {
                tender.remove("items");
            }
        }
        if (masked.contains("awards.value") && content.has("awards")) {
            for (JsonNode award : content.get("awards")) {
                ((ObjectNode) award).remove("value");
            }
        }
        // contracts.value and contracts[].implementation.transactions follow awards.value once contracts are
        // published: the contract value and the payments give the award value away.
        if (masked.contains("awards.value") && content.has("contracts")) {
            for (JsonNode contract : content.get("contracts")) {
                ((ObjectNode) contract).remove("value");
                if (contract.get("implementation") instanceof ObjectNode implementation) {
                    implementation.remove("transactions");
                }
            }
        }
    }

    /** The tags of the release that discloses a field on its access date, or none if nothing was withheld. */
    static List<String> disclosureTags(ProcessFile file, String field) {
        if (!file.published) {
            return List.of();
        }
        return switch (field) {
            case "planning.budget" -> List.of("planningUpdate");
            // The award value discloses the contract's value and payments with it.
            case "awards.value" ->
                file.content.has("contracts")
                        ? List.of("awardUpdate", "contractUpdate")
                        : file.content.has("awards") ? List.of("awardUpdate") : List.of();
            default -> List.of("tenderUpdate");
        };
    }
}
