package org.openprocurement.platform.api.ledger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One event exactly as stored, in the canonical form that is hashed into the ledger and written, one per
 * line, to the verifier's export: a JSON object with a fixed key order, the binary payload and metadata in
 * base64. A change to any stored column, the transaction id and global index included, changes the line and
 * therefore the leaf hash.
 */
record LedgerEntry(
        long globalIndex,
        String txId,
        String eventIdentifier,
        String aggregateIdentifier,
        long sequenceNumber,
        String type,
        String timestamp,
        String payloadType,
        String payloadRevision,
        byte[] payload,
        byte[] metadata) {

    /** The columns {@link #read} expects, in the ledger's order. */
    static final String COLUMNS = "globalindex, tx_id::text AS tx_id, eventidentifier, aggregateidentifier, "
            + "sequencenumber, type, timestamp, payloadtype, payloadrevision, payload, metadata";

    private static final ObjectMapper JSON = new ObjectMapper();

    static LedgerEntry read(ResultSet rs) throws SQLException {
        return new LedgerEntry(
                rs.getLong("globalindex"),
                rs.getString("tx_id"),
                rs.getString("eventidentifier"),
                rs.getString("aggregateidentifier"),
                rs.getLong("sequencenumber"),
                rs.getString("type"),
                rs.getString("timestamp"),
                rs.getString("payloadtype"),
                rs.getString("payloadrevision"),
                rs.getBytes("payload"),
                rs.getBytes("metadata"));
    }

    /** The canonical bytes: UTF-8 JSON without a trailing newline. */
    byte[] canonicalBytes() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("globalIndex", globalIndex);
        fields.put("txId", txId);
        fields.put("eventIdentifier", eventIdentifier);
        fields.put("aggregateIdentifier", aggregateIdentifier);
        fields.put("sequenceNumber", sequenceNumber);
        fields.put("type", type);
        fields.put("timestamp", timestamp);
        fields.put("payloadType", payloadType);
        fields.put("payloadRevision", payloadRevision);
        fields.put("payload", payload == null ? null : Base64.getEncoder().encodeToString(payload));
        fields.put("metadata", metadata == null ? null : Base64.getEncoder().encodeToString(metadata));
        try {
            return JSON.writeValueAsString(fields).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored event cannot be written as JSON", e);
        }
    }

    /** Events whose sealing also seals a checkpoint: the steps of a procedure the public relies on. */
    boolean milestone() {
        String name = payloadType.substring(payloadType.lastIndexOf('.') + 1);
        return switch (name) {
            case "TenderPublished",
                    "TenderAmended",
                    "BidsOpened",
                    "TenderAwarded",
                    "TenderFailed",
                    "TenderCancelled",
                    "BudgetLineLapsed" -> true;
            default -> false;
        };
    }
}
