package org.openprocurement.platform.api.ocds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The OCDS 1.1 merge rules: releases of one process, in date order, give its compiled release (the latest
 * value of every field) and its versioned release (every value a field had, with the release that set it).
 *
 * <p>Objects merge field by field; an array of objects that all carry an {@code id} merges object by object
 * on that id (identifier merge); any other array, and the arrays the schema marks {@code wholeListMerge},
 * replace the previous value whole. A {@code null} removes the field from the compiled release. The
 * release's own {@code id}, {@code date} and {@code tag} are omitted when merging ({@code omitWhenMerged}),
 * and the {@code id} of an object inside an identifier-merged array is not versioned.
 */
public final class OcdsMerge {

    /** The fields marked {@code wholeListMerge} in release-schema.json 1.1.5. */
    private static final Set<String> WHOLE_LIST_MERGE = Set.of("additionalIdentifiers", "additionalClassifications");

    private static final Set<String> OMIT_WHEN_MERGED = Set.of("id", "date", "tag");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private OcdsMerge() {}

    /** The releases sorted by date, oldest first; releases of the same date keep their order. */
    public static List<JsonNode> inDateOrder(List<? extends JsonNode> releases) {
        return releases.stream()
                .<JsonNode>map(r -> r)
                .sorted(Comparator.comparing(r -> Instant.parse(r.get("date").asText())))
                .toList();
    }

    /** The compiled release of the process: every field at its latest value. */
    public static ObjectNode compile(List<? extends JsonNode> releases) {
        List<JsonNode> ordered = inDateOrder(releases);
        ObjectNode compiled = NODES.objectNode();
        JsonNode last = ordered.get(ordered.size() - 1);
        compiled.putArray("tag").add("compiled");
        compiled.put("id", last.get("ocid").asText() + "-" + last.get("date").asText());
        compiled.set("date", last.get("date"));
        for (JsonNode release : ordered) {
            for (Map.Entry<String, JsonNode> field : release.properties()) {
                if (!OMIT_WHEN_MERGED.contains(field.getKey())) {
                    mergeField(compiled, field.getKey(), field.getValue());
                }
            }
        }
        return compiled;
    }

    private static void mergeObject(ObjectNode target, JsonNode source) {
        for (Map.Entry<String, JsonNode> field : source.properties()) {
            mergeField(target, field.getKey(), field.getValue());
        }
    }

    private static void mergeField(ObjectNode target, String name, JsonNode value) {
        if (value.isNull()) {
            target.remove(name);
        } else if (value.isObject()) {
            JsonNode existing = target.get(name);
            ObjectNode child = existing != null && existing.isObject() ? (ObjectNode) existing : NODES.objectNode();
            mergeObject(child, value);
            target.set(name, child);
        } else if (identifierMerged(name, value)) {
            JsonNode existing = target.get(name);
            ArrayNode list = existing != null && existing.isArray() ? (ArrayNode) existing : NODES.arrayNode();
            for (JsonNode item : value) {
                ObjectNode match = byId(list, item.get("id"));
                if (match == null) {
                    match = NODES.objectNode();
                    list.add(match);
                }
                mergeObject(match, item);
            }
            target.set(name, list);
        } else {
            target.set(name, value.deepCopy());
        }
    }

    /** The versioned release of the process: for every field, each value it took and the release that set it. */
    public static ObjectNode versioned(List<? extends JsonNode> releases) {
        ObjectNode versioned = NODES.objectNode();
        for (JsonNode release : inDateOrder(releases)) {
            versioned.set("ocid", release.get("ocid"));
            Version version = new Version(release.get("id"), release.get("date"), release.get("tag"));
            for (Map.Entry<String, JsonNode> field : release.properties()) {
                String name = field.getKey();
                if (!OMIT_WHEN_MERGED.contains(name) && !name.equals("ocid")) {
                    versionField(versioned, name, field.getValue(), version);
                }
            }
        }
        return versioned;
    }

    private record Version(JsonNode releaseId, JsonNode releaseDate, JsonNode releaseTag) {}

    private static void versionObject(ObjectNode target, JsonNode source, Version version, boolean inList) {
        for (Map.Entry<String, JsonNode> field : source.properties()) {
            if (inList && field.getKey().equals("id")) {
                target.set("id", field.getValue());
            } else {
                versionField(target, field.getKey(), field.getValue(), version);
            }
        }
    }

    private static void versionField(ObjectNode target, String name, JsonNode value, Version version) {
        if (value.isObject()) {
            JsonNode existing = target.get(name);
            ObjectNode child = existing != null && existing.isObject() ? (ObjectNode) existing : NODES.objectNode();
            versionObject(child, value, version, false);
            target.set(name, child);
        } else if (identifierMerged(name, value)) {
            JsonNode existing = target.get(name);
            ArrayNode list = existing != null && existing.isArray() ? (ArrayNode) existing : NODES.arrayNode();
            for (JsonNode item : value) {
                ObjectNode match = byId(list, item.get("id"));
                if (match == null) {
                    match = NODES.objectNode();
                    list.add(match);
                }
                versionObject(match, item, version, true);
            }
            target.set(name, list);
        } else {
            JsonNode existing = target.get(name);
            ArrayNode versions = existing != null && existing.isArray() ? (ArrayNode) existing : NODES.arrayNode();
            JsonNode latest = versions.isEmpty()
                    ? null
                    : versions.get(versions.size() - 1).get("value");
            if (latest == null || !latest.equals(value)) {
                ObjectNode entry = versions.addObject();
                entry.set("releaseID", version.releaseId());
                entry.set("releaseDate", version.releaseDate());
                entry.set("releaseTag", version.releaseTag());
                entry.set("value", value.deepCopy());
            }
            target.set(name, versions);
        }
    }

    /** Identifier merge applies to a non-empty array of objects that all carry an id. */
    private static boolean identifierMerged(String name, JsonNode value) {
        if (!value.isArray() || value.isEmpty() || WHOLE_LIST_MERGE.contains(name)) {
            return false;
        }
        for (JsonNode item : value) {
            if (!item.isObject() || !item.hasNonNull("id")) {
                return false;
            }
        }
        return true;
    }

    private static ObjectNode byId(ArrayNode list, JsonNode id) {
        for (JsonNode item : list) {
            if (item.isObject() && id.equals(item.get("id"))) {
                return (ObjectNode) item;
            }
        }
        return null;
    }
}
