package org.openprocurement.platform.api.ocds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import org.openprocurement.platform.core.appeal.event.ComplaintDecided;
import org.openprocurement.platform.core.tender.event.AwardCancelled;
import org.openprocurement.platform.core.tender.event.ProcurementResumed;
import org.openprocurement.platform.core.tender.event.ProcurementSuspended;

/**
 * What the public learns of a complaint, in core OCDS 1.1.5 fields: the finance department's decision is a
 * tender document of type {@code complaints} (finance announces its complaint decisions on the designated procurement media: MOF Order No. 94 (2017), complaint handling), a
 * suspension and its end are tender documents too (tenderStatus has no suspended state), and an award made void
 * by an upheld complaint keeps its place in {@code awards[]} with status {@code cancelled} while the tender is
 * active again. Neither who complained nor the price of the next-ranked bid is published.
 */
final class AppealOutcomeMapping {

    private AppealOutcomeMapping() {}

    static List<String> apply(ProcessFile file, Object event) {
        ObjectNode tender = file.content.with("tender");
        return switch (event) {
            case ComplaintDecided e -> {
                document(tender, "complaint-decision-" + e.complaintId(), "Decision on a complaint")
                        .put("description", outcome(e) + " " + e.reasoning())
                        .put("datePublished", OcdsJson.date(e.decidedAt()));
                yield List.of("tenderUpdate");
            }
            case ProcurementSuspended e -> {
                document(tender, "suspension-" + e.complaintId(), "Procurement suspended while a complaint is handled")
                        .put(
                                "description",
                                e.reason() + " Suspended until " + OcdsJson.date(e.suspendedUntil())
                                        + " at the latest.")
                        .put("datePublished", OcdsJson.date(e.suspendedAt()));
                yield List.of("tenderUpdate");
            }
            case ProcurementResumed e -> {
                document(tender, "resumption-" + e.complaintId(), "Procurement resumed")
                        .put("description", e.reason())
                        .put("datePublished", OcdsJson.date(e.resumedAt()));
                yield List.of("tenderUpdate");
            }
            case AwardCancelled e -> {
                tender.put("status", "active");
                for (JsonNode award : file.content.path("awards")) {
                    if (award.path("id").asText().equals(e.awardId().toString())) {
                        ObjectNode cancelled = (ObjectNode) award;
                        cancelled.put("status", "cancelled");
                        ObjectNode document = cancelled.withArray("documents").addObject();
                        document.put("id", "cancellation");
                        document.put("documentType", "cancellationDetails");
                        document.put("title", "Award cancelled after an upheld complaint");
                        document.put("description", e.reason());
                        document.put("datePublished", OcdsJson.date(e.cancelledAt()));
                    }
                }
                yield List.of("awardCancellation");
            }
            default -> List.of();
        };
    }

    /** The release date is the business time of the decision, suspension, resumption or cancellation. */
    static Instant dateOf(Object event) {
        return switch (event) {
            case ComplaintDecided e -> e.decidedAt();
            case ProcurementSuspended e -> e.suspendedAt();
            case ProcurementResumed e -> e.resumedAt();
            case AwardCancelled e -> e.cancelledAt();
            default -> Instant.EPOCH;
        };
    }

    private static String outcome(ComplaintDecided e) {
        String words = switch (e.outcome()) {
            case DISMISSED -> "The complaint was dismissed.";
            case UPHELD_NO_EFFECT -> "The complaint was upheld without effect on the result.";
            case AWARD_CANCELLED -> "The complaint was upheld and the award cancelled.";
            case REPROCUREMENT_ORDERED -> "The complaint was upheld and the procurement must be run again.";
        };
        return words + (e.late() ? " Decided after the 30 working days of GPL art. 56." : "");
    }

    private static ObjectNode document(ObjectNode tender, String id, String title) {
        ObjectNode document = tender.withArray("documents").addObject();
        document.put("id", id);
        document.put("documentType", "complaints");
        document.put("title", title);
        return document;
    }
}
