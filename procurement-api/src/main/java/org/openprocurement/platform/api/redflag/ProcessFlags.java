package org.openprocurement.platform.api.redflag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.openprocurement.platform.api.infrastructure.EventLog;
import org.openprocurement.platform.audit.redflag.ProcessRecord;
import org.openprocurement.platform.audit.redflag.Recorded;
import org.openprocurement.platform.audit.redflag.RedFlag;
import org.openprocurement.platform.audit.redflag.RedFlagContext;
import org.openprocurement.platform.audit.redflag.RedFlagSettings;
import org.openprocurement.platform.audit.redflag.RedFlags;
import org.openprocurement.platform.audit.redflag.TenderingPeriodRule;
import org.openprocurement.platform.core.contract.event.ContractCreated;
import org.openprocurement.platform.core.tender.event.TenderDrafted;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Red flags computed on every request from the event log itself, never from a projection: what an auditor
 * reads is what a replay of the recorded events gives. A process is the tender's events and those of its
 * contracts, in the log's order.
 */
@Component
class ProcessFlags {

    private final EventLog log;
    private final JdbcTemplate jdbc;
    private final RedFlags flags;
    private final RedFlagSettings settings;
    private final TenderingPeriodRule tenderingPeriods;

    ProcessFlags(
            EventLog log,
            JdbcTemplate jdbc,
            RedFlags flags,
            RedFlagSettings settings,
            TenderingPeriodRule tenderingPeriods) {
        this.log = log;
        this.jdbc = jdbc;
        this.flags = flags;
        this.settings = settings;
        this.tenderingPeriods = tenderingPeriods;
    }

    /** A process and the flags it raises. */
    record Assessed(UUID processId, String buyerId, List<RedFlag> flags) {}

    /** Empty when no tender has this id. */
    Optional<Assessed> of(UUID processId) {
        Optional<ProcessRecord> process = process(processId);
        if (process.isEmpty()) {
            return Optional.empty();
        }
        String buyer = process.get().buyerId().orElseThrow();
        return Optional.of(assess(process.get(), buyer, processesOf(buyer)));
    }

    /** Every process of the buying organisation that raises a flag, oldest first. */
    List<Assessed> ofBuyer(String buyerId) {
        List<ProcessRecord> processes = processesOf(buyerId);
        return processes.stream()
                .map(p -> assess(p, buyerId, processes))
                .filter(a -> !a.flags().isEmpty())
                .toList();
    }

    private Assessed assess(ProcessRecord process, String buyer, List<ProcessRecord> buyerProcesses) {
        return new Assessed(
                process.processId(),
                buyer,
                flags.of(process, new RedFlagContext(buyerProcesses, settings, tenderingPeriods)));
    }

    private List<ProcessRecord> processesOf(String buyerId) {
        // The drafts name the buyer; the log, not a projection, says which tenders are the buyer's.
        List<UUID> tenders = jdbc.queryForList("""
                SELECT aggregateidentifier::uuid FROM domainevententry
                WHERE type = 'Tender' AND payloadtype = ?
                  AND convert_from(payload, 'UTF8')::jsonb ->> 'buyerId' = ?
                ORDER BY globalindex""", UUID.class, TenderDrafted.class.getName(), buyerId);
        return processes(tenders);
    }

    private Optional<ProcessRecord> process(UUID processId) {
        return processes(List.of(processId)).stream().findFirst();
    }

    /**
     * The processes of these tenders, in the order given, leaving out any id that is not a tender. The contracts
     * of every tender are found in one read of the log by their creation events, and every event's place in one
     * more, however many tenders.
     */
    private List<ProcessRecord> processes(List<UUID> tenderIds) {
        if (tenderIds.isEmpty()) {
            return List.of();
        }
        Map<String, Set<String>> contractsOf = contractsOf(tenderIds);
        List<String> aggregates =
                new ArrayList<>(tenderIds.stream().map(UUID::toString).toList());
        contractsOf.values().forEach(aggregates::addAll);
        Map<String, Long> order = placesInTheLog(aggregates);
        return tenderIds.stream()
                .flatMap(id -> process(id, contractsOf.getOrDefault(id.toString(), Set.of()), order).stream())
                .toList();
    }

    /** The contracts created for each of the tenders, by tender id. */
    private Map<String, Set<String>> contractsOf(List<UUID> tenderIds) {
        Map<String, Set<String>> contractsOf = new HashMap<>();
        jdbc.query(
                """
                SELECT convert_from(payload, 'UTF8')::jsonb ->> 'tenderId', aggregateidentifier
                FROM domainevententry
                WHERE type = 'Contract' AND payloadtype = ?
                  AND convert_from(payload, 'UTF8')::jsonb ->> 'tenderId' = ANY(?::text[])
                ORDER BY globalindex""",
                rs -> {
                    contractsOf
                            .computeIfAbsent(rs.getString(1), t -> new LinkedHashSet<>())
                            .add(rs.getString(2));
                },
                ContractCreated.class.getName(),
                tenderIds.stream().map(UUID::toString).toArray(String[]::new));
        return contractsOf;
    }

    /** The global index of every event of these aggregates, by event identifier. */
    private Map<String, Long> placesInTheLog(List<String> aggregates) {
        Map<String, Long> order = new HashMap<>();
        jdbc.query(
                "SELECT eventidentifier, globalindex FROM domainevententry WHERE aggregateidentifier = ANY(?::text[])",
                rs -> {
                    order.put(rs.getString(1), rs.getLong(2));
                },
                (Object) aggregates.toArray(String[]::new));
        return order;
    }

    /** The tender's events and its contracts', in the log's order; empty when the id is not a tender's. */
    private Optional<ProcessRecord> process(UUID processId, Set<String> contracts, Map<String, Long> order) {
        List<DomainEventMessage<?>> tender = log.of(processId.toString());
        if (tender.isEmpty() || !(tender.get(0).getPayload() instanceof TenderDrafted)) {
            return Optional.empty();
        }
        List<DomainEventMessage<?>> events = new ArrayList<>(tender);
        contracts.forEach(contract -> events.addAll(log.of(contract)));
        events.sort(Comparator.comparingLong(e -> order.getOrDefault(e.getIdentifier(), Long.MAX_VALUE)));
        return Optional.of(new ProcessRecord(
                processId,
                events.stream()
                        .map(e -> new Recorded(e.getIdentifier(), e.getPayload()))
                        .toList()));
    }
}
