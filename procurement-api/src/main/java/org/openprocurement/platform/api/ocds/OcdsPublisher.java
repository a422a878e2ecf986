package org.openprocurement.platform.api.ocds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.openprocurement.platform.api.disclosure.DisclosureProperties;
import org.openprocurement.platform.api.infrastructure.AxonJson;
import org.openprocurement.platform.api.organisation.OrganisationDirectory;
import org.openprocurement.platform.core.appeal.event.ComplaintDecided;
import org.openprocurement.platform.core.budget.event.BudgetLineAppropriated;
import org.openprocurement.platform.core.contract.event.ContractCreated;
import org.openprocurement.platform.core.contract.event.ContractEvent;
import org.openprocurement.platform.core.disclosure.event.DeferredDisclosureReached;
import org.openprocurement.platform.core.disclosure.event.DisclosureDeferred;
import org.openprocurement.platform.core.disclosure.event.DisclosureEvent;
import org.openprocurement.platform.core.disclosure.event.ProcessClassified;
import org.openprocurement.platform.core.tender.event.AwardCancelled;
import org.openprocurement.platform.core.tender.event.ProcurementResumed;
import org.openprocurement.platform.core.tender.event.ProcurementSuspended;
import org.openprocurement.platform.core.tender.event.TenderEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes one OCDS release for every public event, in the settled order of the event log, and gives each a
 * dense feed position.
 *
 * <p>Like the ledger, each pass reads only events whose writing transaction id lies below {@code
 * pg_snapshot_xmin} of a fresh snapshot, in (transaction id, global index) order: every such transaction has
 * ended, so an event that commits late is published after the events that overtook it, never skipped (Axon's
 * gap detection can skip it: AxonFramework issue #4829). Positions are assigned under an advisory lock, one
 * pass at a time, and commit with the releases, so a reader paging by position sees each release once.
 */
@Component
class OcdsPublisher {

    private static final Logger log = LoggerFactory.getLogger(OcdsPublisher.class);
    private static final long LOCK = 0x4F43445346454544L; // "OCDSFEED"
    private static final int BATCH = 2000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final OcdsProperties properties;
    private final Clock clock;
    private final JacksonSerializer serializer = AxonJson.serializer();
    private final TenderStageMapping tenderStage;
    private final ContractStageMapping contractStage;
    private final ReleaseBuilder releases;
    private final String[] publishedTypes;

    OcdsPublisher(
            JdbcTemplate jdbc,
            TransactionTemplate transactions,
            OcdsProperties properties,
            DisclosureProperties disclosure,
            OrganisationDirectory organisations,
            Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.properties = properties;
        this.clock = clock;
        Parties parties = new Parties(organisations);
        this.tenderStage = new TenderStageMapping(parties);
        this.contractStage = new ContractStageMapping(parties);
        this.releases = new ReleaseBuilder(Set.copyOf(disclosure.restrictedFields()));
        List<String> types = new ArrayList<>();
        types.add(BudgetLineAppropriated.class.getName());
        types.add(ComplaintDecided.class.getName());
        for (Class<?> family : List.of(TenderEvent.class, DisclosureEvent.class, ContractEvent.class)) {
            for (Class<?> type : family.getPermittedSubclasses()) {
                types.add(type.getName());
            }
        }
        this.publishedTypes = types.toArray(String[]::new);
    }

    @Scheduled(fixedDelayString = "${procurement.ocds.publish-interval:500ms}")
    void publishInBackground() {
        try {
            publish();
        } catch (RuntimeException e) {
            log.warn("Publishing OCDS releases failed; the next pass retries: {}", e.toString());
        }
    }

    /** One pass: publishes what has settled since the last pass; answers how many releases it made. */
    synchronized int publish() {
        Integer made = transactions.execute(status -> publishSettledEvents());
        return made == null ? 0 : made;
    }

    private int publishSettledEvents() {
        if (!Boolean.TRUE.equals(jdbc.queryForObject("SELECT pg_try_advisory_xact_lock(?)", Boolean.class, LOCK))) {
            return 0;
        }
        String fence = jdbc.queryForObject("SELECT pg_snapshot_xmin(pg_current_snapshot())::text", String.class);
        Map<String, Object> position = jdbc.queryForMap(
                "SELECT last_tx_id::text AS tx, last_global_index AS gi FROM ocds_feed_state WHERE id = 1 FOR UPDATE");
        List<Settled> events = jdbc.query(
                "SELECT globalindex, tx_id::text AS tx, payloadtype, payloadrevision,"
                        + " CASE WHEN payloadtype = ANY(?) THEN payload END AS payload FROM domainevententry"
                        + " WHERE (tx_id, globalindex) > (?::xid8, ?) AND tx_id < ?::xid8"
                        + " ORDER BY tx_id, globalindex LIMIT " + BATCH,
                (rs, row) -> new Settled(
                        rs.getLong("globalindex"),
                        rs.getString("tx"),
                        rs.getString("payloadtype"),
                        rs.getString("payloadrevision"),
                        rs.getBytes("payload")),
                publishedTypes,
                position.get("tx"),
                position.get("gi"),
                fence);
        if (events.isEmpty()) {
            return 0;
        }
        Pass pass = new Pass(jdbc.queryForObject("SELECT coalesce(max(position), 0) FROM ocds_release", Long.class));
        for (Settled event : events) {
            if (event.payload() != null) {
                handle(pass, event.globalIndex(), deserialize(event));
            }
        }
        pass.files.values().forEach(this::save);
        Settled last = events.get(events.size() - 1);
        jdbc.update(
                "UPDATE ocds_feed_state SET last_tx_id = ?::xid8, last_global_index = ? WHERE id = 1",
                last.txId(),
                last.globalIndex());
        return pass.made;
    }

    private void handle(Pass pass, long globalIndex, Object event) {
        switch (event) {
            case BudgetLineAppropriated e ->
                jdbc.update(
                        "INSERT INTO ocds_budget_line (budget_line_id, appropriation) VALUES (?, ?)"
                                + " ON CONFLICT (budget_line_id) DO NOTHING",
                        e.budgetLineId(),
                        OcdsJson.write(OcdsJson.object()
                                .put("purpose", e.purpose())
                                .put("classificationCode", e.classificationCode())
                                .put("fiscalYear", e.fiscalYear())));
            case AwardCancelled e -> appealOutcome(pass, e.tenderId(), e, globalIndex);
            case ProcurementSuspended e -> appealOutcome(pass, e.tenderId(), e, globalIndex);
            case ProcurementResumed e -> appealOutcome(pass, e.tenderId(), e, globalIndex);
            case ComplaintDecided e -> appealOutcome(pass, e.tenderId(), e, globalIndex);
            case ContractEvent e -> {
                ProcessFile file = pass.file(processOf(e));
                release(pass, file, contractStage.apply(file, e), ContractStageMapping.dateOf(e), globalIndex);
            }
            case TenderEvent e -> {
                ProcessFile file = pass.file(e.tenderId());
                JsonNode line = e instanceof org.openprocurement.platform.core.tender.event.TenderDrafted d
                        ? budgetLine(d.budgetLineId())
                        : null;
                List<String> tags = tenderStage.apply(file, e, line);
                release(pass, file, tags, dateOf(file, e), globalIndex);
            }
            case ProcessClassified e ->
                pass.file(e.processId()).classification = e.classification().name();
            case DisclosureDeferred e -> pass.file(e.processId()).deferred.add(e.field());
            case DeferredDisclosureReached e -> {
                ProcessFile file = pass.file(e.processId());
                file.deferred.remove(e.field());
                release(pass, file, ReleaseBuilder.disclosureTags(file, e.field()), e.disclosedAt(), globalIndex);
            }
            default -> {}
        }
    }

    private void appealOutcome(Pass pass, UUID processId, Object event, long globalIndex) {
        ProcessFile file = pass.file(processId);
        release(pass, file, AppealOutcomeMapping.apply(file, event), AppealOutcomeMapping.dateOf(event), globalIndex);
    }

    /** The process a contract belongs to: the tender it follows, remembered when the award opens it. */
    private UUID processOf(ContractEvent event) {
        if (event instanceof ContractCreated created) {
            jdbc.update(
                    "INSERT INTO ocds_contract (contract_id, process_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                    created.contractId(),
                    created.tenderId());
            return created.tenderId();
        }
        return jdbc.queryForObject(
                "SELECT process_id FROM ocds_contract WHERE contract_id = ?", UUID.class, event.contractId());
    }

    private void release(Pass pass, ProcessFile file, List<String> tags, Instant date, long globalIndex) {
        if (tags.isEmpty() || !file.published || file.secret()) {
            return;
        }
        ObjectNode release = releases.next(file, tags, date);
        jdbc.update(
                "INSERT INTO ocds_release (position, release_id, ocid, process_id, global_index, release_date, tags,"
                        + " release, published_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                ++pass.position,
                release.get("id").asText(),
                file.ocid,
                file.processId,
                globalIndex,
                Timestamp.from(date),
                String.join(",", tags),
                OcdsJson.write(release),
                Timestamp.from(clock.instant()));
        pass.made++;
    }

    /** The release date is the business time of the event (published, amended, answered, opened, awarded…). */
    private static Instant dateOf(ProcessFile file, TenderEvent event) {
        return switch (event) {
            case org.openprocurement.platform.core.tender.event.TenderPublished e -> e.publishedAt();
            case org.openprocurement.platform.core.tender.event.TenderAmended e -> e.amendedAt();
            case org.openprocurement.platform.core.tender.event.EnquiryAnswered e -> e.answeredAt();
            case org.openprocurement.platform.core.tender.event.BidsOpened e -> e.openedAt();
            case org.openprocurement.platform.core.tender.event.TenderFailed e -> e.failedAt();
            case org.openprocurement.platform.core.tender.event.TenderCancelled e -> e.cancelledAt();
            case org.openprocurement.platform.core.tender.event.TenderAwarded e -> e.awardedAt();
            default -> Instant.EPOCH;
        };
    }

    private JsonNode budgetLine(UUID id) {
        return jdbc
                .queryForList("SELECT appropriation FROM ocds_budget_line WHERE budget_line_id = ?", String.class, id)
                .stream()
                .findFirst()
                .map(OcdsJson::read)
                .orElse(null);
    }

    private Object deserialize(Settled event) {
        return serializer.deserialize(new SimpleSerializedObject<>(
                event.payload(), byte[].class, new SimpleSerializedType(event.payloadType(), event.payloadRevision())));
    }

    private ProcessFile load(UUID processId) {
        return jdbc.queryForList("SELECT file FROM ocds_process WHERE process_id = ?", String.class, processId).stream()
                .findFirst()
                .map(json -> OcdsJson.read(json, ProcessFile.class))
                .orElseGet(() -> new ProcessFile(processId, properties.ocid(processId)));
    }

    private void save(ProcessFile file) {
        jdbc.update(
                "INSERT INTO ocds_process (process_id, file) VALUES (?, ?)"
                        + " ON CONFLICT (process_id) DO UPDATE SET file = EXCLUDED.file",
                file.processId,
                OcdsJson.write(OcdsJson.MAPPER.valueToTree(file)));
    }

    private record Settled(long globalIndex, String txId, String payloadType, String payloadRevision, byte[] payload) {}

    /** The processes touched in one pass and the feed position reached. */
    private final class Pass {
        final Map<UUID, ProcessFile> files = new LinkedHashMap<>();
        long position;
        int made;

        Pass(Long position) {
            this.position = position == null ? 0 : position;
        }

        ProcessFile file(UUID processId) {
            return files.computeIfAbsent(processId, OcdsPublisher.this::load);
        }
    }
}
