package org.openprocurement.platform.api.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The differences between two states of the same view, field by field, as JSON pointers. */
final class StateDiff {

    /** One difference: the field's JSON pointer and its value before and after ({@code null}: absent). */
    record Change(String path, JsonNode before, JsonNode after) {}

    private StateDiff() {}

    static List<Change> between(JsonNode before, JsonNode after) {
        List<Change> changes = new ArrayList<>();
        compare(
                "",
                before == null ? NullNode.getInstance() : before,
                after == null ? NullNode.getInstance() : after,
                changes);
        return changes;
    }

    private static void compare(String path, JsonNode before, JsonNode after, List<Change> changes) {
        if (before.equals(after)) {
            return;
        }
        if (before.isObject() && after.isObject()) {
            Set<String> fields = new LinkedHashSet<>();
            before.fieldNames().forEachRemaining(fields::add);
            after.fieldNames().forEachRemaining(fields::add);
            for (String field : fields) {
                compare(
                        path + "/" + field.replace("~", "~0").replace("/", "~1"),
                        orNull(before.get(field)),
                        orNull(after.get(field)),
                        changes);
            }
            return;
        }
        if (before.isArray() && after.isArray()) {
            int size = Math.max(before.size(), after.size());
            for (int i = 0; i < size; i++) {
                compare(path + "/" + i, orNull(before.get(i)), orNull(after.get(i)), changes);
            }
            return;
        }
        changes.add(new Change(
                path.isEmpty() ? "/" : path, before.isNull() ? null : before, after.isNull() ? null : after));
    }

    private static JsonNode orNull(JsonNode node) {
        return node == null ? NullNode.getInstance() : node;
    }
}
