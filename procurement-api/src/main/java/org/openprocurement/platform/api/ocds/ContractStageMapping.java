package org.openprocurement.platform.api.ocds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import org.openprocurement.platform.core.contract.MilestoneType;
import org.openprocurement.platform.core.contract.event.ContractAmended;
import org.openprocurement.platform.core.contract.event.ContractCompleted;
import org.openprocurement.platform.core.contract.event.ContractCreated;
import org.openprocurement.platform.core.contract.event.ContractEvent;
import org.openprocurement.platform.core.contract.event.ContractSigned;
import org.openprocurement.platform.core.contract.event.ContractTerminated;
import org.openprocurement.platform.core.contract.event.MilestoneAdded;
import org.openprocurement.platform.core.contract.event.MilestoneMet;
import org.openprocurement.platform.core.contract.event.PaymentRecorded;

/**
 * The contract stage in OCDS terms: each contract event changes {@code contracts[]} of the process and names the
 * release it makes public. Statuses follow the contractStatus codelist of OCDS 1.1.5: {@code pending} until
 * signature, {@code active} once signed, {@code terminated} when a signed contract comes to a close (completed or
 * ended early), {@code cancelled} when it is withdrawn before signature. Payments are the contract's
 * implementation transactions, from the buyer to the supplier. Overdue signatures and efficiency ratings are
 * supervision facts, not contracting data, and make no release.
 */
final class ContractStageMapping {

    private final Parties parties;

    ContractStageMapping(Parties parties) {
        this.parties = parties;
    }

    /** Applies the event; answers the tags of the release it makes public, empty when none. */
    List<String> apply(ProcessFile file, ContractEvent event) {
        ObjectNode contract = contract(file, event.contractId().toString());
        return switch (event) {
            case ContractCreated e -> {
                contract.put("awardID", e.awardId().toString());
                contract.put(
                        "title",
                        "Contract for " + file.content.at("/tender/title").asText());
                contract.put("status", "pending");
                contract.set("value", OcdsJson.value(e.value(), e.currency()));
                yield List.of("contract");
            }
            case ContractSigned e -> {
                contract.put("status", "active");
                contract.put("dateSigned", OcdsJson.date(e.signedAt()));
                contract.with("period").put("startDate", OcdsJson.date(e.signedAt()));
                yield List.of("contractUpdate");
            }
            case MilestoneAdded e -> {
                ObjectNode milestone = contract.withArray("milestones").addObject();
                milestone.put("id", e.milestoneId().toString());
                milestone.put("title", e.title());
                milestone.put("type", type(e.type()));
                milestone.put("dueDate", OcdsJson.date(endOf(e)));
                milestone.put("status", "scheduled");
                yield List.of("contractUpdate");
            }
            case MilestoneMet e -> {
                for (JsonNode milestone : contract.path("milestones")) {
                    if (milestone.path("id").asText().equals(e.milestoneId().toString())) {
                        ((ObjectNode) milestone).put("status", "met").put("dateMet", OcdsJson.date(e.metAt()));
                    }
                }
                yield implementation(file, contract);
            }
            case PaymentRecorded e -> {
                List<String> tags = implementation(file, contract);
                ObjectNode transaction = contract.with("implementation")
                        .withArray("transactions")
                        .addObject();
                transaction.put("id", e.paymentId().toString());
                transaction.put("date", OcdsJson.date(e.paidAt()));
                transaction.set("value", OcdsJson.value(e.amount(), file.currency));
                transaction.set("payer", parties.add(file.content, buyer(file), "payer"));
                String supplier = supplier(file, contract);
                if (supplier != null) {
                    transaction.set("payee", parties.add(file.content, supplier, "payee"));
                }
                yield tags;
            }
            case ContractAmended e -> {
                contract.set("value", OcdsJson.value(e.newValue(), file.currency));
                ObjectNode amendment = contract.withArray("amendments").addObject();
                amendment.put("id", e.amendmentId().toString());
                amendment.put("date", OcdsJson.date(e.amendedAt()));
                amendment.put("description", e.description());
                amendment.put("rationale", e.rationale());
                if (file.lastReleaseId != null) {
                    amendment.put("amendsReleaseID", file.lastReleaseId);
                }
                amendment.put("releaseID", file.nextReleaseId());
                yield List.of("contractAmendment");
            }
            case ContractCompleted e -> {
                contract.put("status", "terminated");
                contract.with("period").put("endDate", OcdsJson.date(e.completedAt()));
                document(contract, "completion", "completionCertificate", "Contract completed", e.notes())
                        .put("datePublished", OcdsJson.date(e.completedAt()));
                yield List.of("contractTermination");
            }
            case ContractTerminated e -> {
                // contractStatus 1.1.5: "cancelled" is a contract ended before it was signed.
                contract.put("status", e.wasSigned() ? "terminated" : "cancelled");
                if (e.wasSigned()) {
                    contract.with("period").put("endDate", OcdsJson.date(e.terminatedAt()));
                }
                document(contract, "termination", "cancellationDetails", "Why the contract ended", e.reason())
                        .put("datePublished", OcdsJson.date(e.terminatedAt()));
                yield List.of("contractTermination");
            }
            default -> List.of();
        };
    }

    /** The release date is the business time of the contract event. */
    static Instant dateOf(ContractEvent event) {
        return switch (event) {
            case ContractCreated e -> e.awardedAt();
            case ContractSigned e -> e.signedAt();
            case MilestoneAdded e -> e.addedAt();
            case MilestoneMet e -> e.metAt();
            case PaymentRecorded e -> e.paidAt();
            case ContractAmended e -> e.amendedAt();
            case ContractCompleted e -> e.completedAt();
            case ContractTerminated e -> e.terminatedAt();
            default -> Instant.EPOCH;
        };
    }

    private static ObjectNode contract(ProcessFile file, String contractId) {
        for (JsonNode existing : file.content.withArray("contracts")) {
            if (existing.path("id").asText().equals(contractId)) {
                return (ObjectNode) existing;
            }
        }
        return file.content.withArray("contracts").addObject().put("id", contractId);
    }

    /** The first release about the contract's implementation is tagged so; later ones are updates. */
    private static List<String> implementation(ProcessFile file, ObjectNode contract) {
        boolean first = file.implemented.add(contract.path("id").asText());
        return List.of(first ? "implementation" : "implementationUpdate");
    }

    private static String buyer(ProcessFile file) {
        return file.content.at("/buyer/id").asText();
    }

    private static String supplier(ProcessFile file, ObjectNode contract) {
        for (JsonNode award : file.content.path("awards")) {
            if (award.path("id").asText().equals(contract.path("awardID").asText())) {
                return award.at("/suppliers/0/id").asText();
            }
        }
        return null;
    }

    /** A milestone is due by the end of its due day (the platform keeps time in UTC). */
    private static Instant endOf(MilestoneAdded e) {
        return e.dueDate().atTime(LocalTime.of(23, 59, 59)).toInstant(ZoneOffset.UTC);
    }

    /** The milestoneType codelist: an acceptance (验收) assesses what was delivered. */
    private static String type(MilestoneType type) {
        return switch (type) {
            case DELIVERY -> "delivery";
            case ACCEPTANCE -> "assessment";
            case PAYMENT -> "payment";
        };
    }

    private static ObjectNode document(ObjectNode contract, String id, String type, String title, String text) {
        ObjectNode document = contract.withArray("documents").addObject();
        document.put("id", id);
        document.put("documentType", type);
        document.put("title", title);
        if (text != null && !text.isBlank()) {
            document.put("description", text);
        }
        return document;
    }
}
