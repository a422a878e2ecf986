package org.openprocurement.platform.api.disclosure;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.openprocurement.platform.core.disclosure.Classification;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The disclosure decisions in force, read from their projection: the platform's {@link DisclosurePolicy}. A
 * process nobody classified is public; a deferred field is masked until its access date has been reached.
 */
@Component
public class DisclosureQueries implements DisclosurePolicy {

    private final JdbcTemplate jdbc;
    private final DisclosureProperties properties;

    DisclosureQueries(JdbcTemplate jdbc, DisclosureProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** The process's classification; PUBLIC when the buyer made no decision. */
    public Classification classification(UUID processId) {
        return jdbc
                .queryForList(
                        "SELECT classification FROM process_disclosure WHERE process_id = ?", String.class, processId)
                .stream()
                .findFirst()
                .map(Classification::valueOf)
                .orElse(Classification.PUBLIC);
    }

    @Override
    public boolean isPublic(UUID processId) {
        return classification(processId) != Classification.SECRET;
    }

    @Override
    public Set<String> maskedFields(UUID processId) {
        Set<String> masked = new HashSet<>();
        if (classification(processId) == Classification.RESTRICTED) {
            masked.addAll(properties.restricted());
        }
        masked.addAll(jdbc.queryForList(
                "SELECT field FROM process_deferral WHERE process_id = ? AND disclosed_at IS NULL",
                String.class,
                processId));
        return Set.copyOf(DisclosureMasks.implied(masked));
    }

    /** The fields masked now for each of the processes, in two queries; processes without any are left out. */
    public Map<UUID, Set<String>> maskedFields(Collection<UUID> processIds) {
        UUID[] ids = processIds.toArray(UUID[]::new);
        Map<UUID, Set<String>> masked = new HashMap<>();
        jdbc.query(
                "SELECT process_id FROM process_disclosure WHERE classification = 'RESTRICTED' AND process_id = ANY(?)",
                rs -> {
                    masked.computeIfAbsent(rs.getObject(1, UUID.class), id -> new HashSet<>())
                            .addAll(properties.restricted());
                },
                (Object) ids);
        jdbc.query(
                "SELECT process_id, field FROM process_deferral WHERE disclosed_at IS NULL AND process_id = ANY(?)",
                rs -> {
                    masked.computeIfAbsent(rs.getObject(1, UUID.class), id -> new HashSet<>())
                            .add(rs.getString(2));
                },
                (Object) ids);
        masked.replaceAll((id, fields) -> Set.copyOf(DisclosureMasks.implied(fields)));
        return masked;
    }

    /** Every secret process: none of them may appear in a public list. */
    public Set<UUID> secretProcesses() {
        List<UUID> secret = jdbc.queryForList(
                "SELECT process_id FROM process_disclosure WHERE classification = 'SECRET'", UUID.class);
        return Set.copyOf(secret);
    }
}
