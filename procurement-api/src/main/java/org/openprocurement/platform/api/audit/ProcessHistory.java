package org.openprocurement.platform.api.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The full history of one procurement process, read from the event log itself: the tender's events, the
 * budget line's events about the tender's commitment, the bids once the tender box is open (before the
 * opening a bid is sealed even for auditors), the challenges, complaints and public comments, the contracts of
 * its awards, and the requests for disclosure about it. Each entry says who acted, for which organisation, in which
 * role, when, under which correlation id, and where the event sits in the ledger.
 */
@Component
class ProcessHistory {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcTemplate jdbc;

    ProcessHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One event as an auditor reads it. */
    record Entry(
            long globalIndex,
            Long leafIndex,
            String aggregateType,
            String aggregateId,
            long sequenceNumber,
            String event,
            String recordedAt,
            String user,
            String organisation,
            String role,
            String correlationId,
            String requestTime,
            JsonNode payload) {}

    /** Empty when no tender has this id. */
    Optional<List<Entry>> of(UUID tender) {
        List<java.util.Map<String, Object>> process = jdbc.queryForList(
                "SELECT budget_line_id, commitment_id, opened_at IS NOT NULL AS opened FROM tender_view "
                        + "WHERE tender_id = ?",
                tender);
        if (process.isEmpty()) {
            return Optional.empty();
        }
        Object budgetLine = process.get(0).get("budget_line_id");
        Object commitment = process.get(0).get("commitment_id");
        boolean opened = Boolean.TRUE.equals(process.get(0).get("opened"));
        return Optional.of(jdbc.query(
                """
                SELECT e.globalindex, l.leaf_index, e.type, e.aggregateidentifier, e.sequencenumber, e.payloadtype,
                       e.timestamp, e.payload, e.metadata
                FROM domainevententry e LEFT JOIN ledger_leaf l ON l.global_index = e.globalindex
                WHERE e.aggregateidentifier = ?
                   OR (? AND e.type = 'Bid'
                       AND e.aggregateidentifier IN (SELECT bid_id::text FROM bid_view WHERE tender_id = ?))
                   OR (e.type = 'BudgetLine' AND e.aggregateidentifier = ? AND ?::text IS NOT NULL
                       AND convert_from(e.payload, 'UTF8')::jsonb ->> 'commitmentId' = ?::text)
                   OR (e.type = 'Challenge'
                       AND e.aggregateidentifier IN (SELECT challenge_id::text FROM challenge_view WHERE tender_id = ?))
                   OR (e.type = 'Complaint'
                       AND e.aggregateidentifier IN (SELECT complaint_id::text FROM complaint_view WHERE tender_id = ?))
                   OR (e.type = 'PublicComment' AND e.aggregateidentifier IN
                       (SELECT comment_id::text FROM public_comment_view WHERE tender_id = ?))
                   OR (e.type = 'Contract' AND e.aggregateidentifier IN
                       (SELECT contract_id::text FROM contract_view WHERE tender_id = ?))
                   OR (e.type = 'DisclosureRequest' AND e.aggregateidentifier IN
                       (SELECT request_id::text FROM disclosure_request_view WHERE process_id = ?))
                ORDER BY e.globalindex
                """,
                (rs, row) -> entry(
                        rs.getLong(1),
                        (Long) rs.getObject(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getLong(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getBytes(8),
                        rs.getBytes(9)),
                tender.toString(),
                opened,
                tender,
                String.valueOf(budgetLine),
                commitment == null ? null : commitment.toString(),
                commitment == null ? null : commitment.toString(),
                tender,
                tender,
                tender,
                tender,
                tender));
    }

    private static Entry entry(
            long globalIndex,
            Long leafIndex,
            String aggregateType,
            String aggregateId,
            long sequenceNumber,
            String payloadType,
            String recordedAt,
            byte[] payload,
            byte[] metadata) {
        try {
            JsonNode meta = metadata == null ? JSON.createObjectNode() : JSON.readTree(metadata);
            JsonNode body = JSON.readTree(payload);
            if (body instanceof ObjectNode object) {
                object.remove("sealedContent"); // ciphertext: the opened bid's content is in BidsOpened
            }
            return new Entry(
                    globalIndex,
                    leafIndex,
                    aggregateType,
                    aggregateId,
                    sequenceNumber,
                    payloadType.substring(payloadType.lastIndexOf('.') + 1),
                    recordedAt,
                    text(meta, "user"),
                    text(meta, "organisation"),
                    text(meta, "role"),
                    text(meta, "correlationId"),
                    text(meta, "requestTime"),
                    body);
        } catch (IOException e) {
            throw new UncheckedIOException("A stored event is not JSON", e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
