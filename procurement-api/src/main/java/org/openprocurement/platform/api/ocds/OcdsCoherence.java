package org.openprocurement.platform.api.ocds;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The Open Contracting Partnership's coherence checks on a compiled release, beyond the schema: dates in the
 * order the process runs, contracts that belong to an award, payments within the contract value. Each rule
 * answers its violations in words; the contract rules find nothing to check until contracts are published
 * and then apply unchanged.
 */
public final class OcdsCoherence {

    /** The rules, each from a compiled release to its violations. */
    static final List<Function<JsonNode, List<String>>> RULES = List.of(
            OcdsCoherence::tenderEndsBeforeAwards,
            OcdsCoherence::awardsPrecedeSignature,
            OcdsCoherence::contractsBelongToAwards,
            OcdsCoherence::paymentsWithinContractValue);

    private OcdsCoherence() {}

    /** Every violation of every rule in the compiled release; empty when coherent. */
    public static List<String> violations(JsonNode compiled) {
        List<String> found = new ArrayList<>();
        RULES.forEach(rule -> found.addAll(rule.apply(compiled)));
        return found;
    }

    private static List<String> tenderEndsBeforeAwards(JsonNode compiled) {
        List<String> found = new ArrayList<>();
        Instant end = instant(compiled.at("/tender/tenderPeriod/endDate"));
        for (JsonNode award : compiled.path("awards")) {
            Instant date = instant(award.path("date"));
            if (end != null && date != null && date.isBefore(end)) {
                found.add("award " + award.path("id").asText() + " is dated before the tender period ended");
            }
        }
        return found;
    }

    private static List<String> awardsPrecedeSignature(JsonNode compiled) {
        List<String> found = new ArrayList<>();
        for (JsonNode contract : compiled.path("contracts")) {
            Instant signed = instant(contract.path("dateSigned"));
            for (JsonNode award : compiled.path("awards")) {
                Instant awarded = instant(award.path("date"));
                boolean itsAward = award.path("id")
                        .asText()
                        .equals(contract.path("awardID").asText());
                if (itsAward && signed != null && awarded != null && signed.isBefore(awarded)) {
                    found.add("contract " + contract.path("id").asText() + " is signed before its award");
                }
            }
        }
        return found;
    }

    private static List<String> contractsBelongToAwards(JsonNode compiled) {
        Set<String> awards = new HashSet<>();
        compiled.path("awards").forEach(a -> awards.add(a.path("id").asText()));
        List<String> found = new ArrayList<>();
        for (JsonNode contract : compiled.path("contracts")) {
            if (!awards.contains(contract.path("awardID").asText())) {
                found.add("contract " + contract.path("id").asText() + " names no existing award");
            }
        }
        return found;
    }

    private static List<String> paymentsWithinContractValue(JsonNode compiled) {
        List<String> found = new ArrayList<>();
        for (JsonNode contract : compiled.path("contracts")) {
            JsonNode value = contract.at("/value/amount");
            BigDecimal paid = BigDecimal.ZERO;
            for (JsonNode transaction : contract.at("/implementation/transactions")) {
                JsonNode amount = transaction.at("/value/amount");
                paid = amount.isNumber() ? paid.add(amount.decimalValue()) : paid;
            }
            if (value.isNumber() && paid.compareTo(value.decimalValue()) > 0) {
                found.add("payments of contract " + contract.path("id").asText() + " exceed its value");
            }
        }
        return found;
    }

    private static Instant instant(JsonNode node) {
        return node.isTextual() ? Instant.parse(node.asText()) : null;
    }
}
