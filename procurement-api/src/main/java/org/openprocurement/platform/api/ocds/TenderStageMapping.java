package org.openprocurement.platform.api.ocds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.openprocurement.platform.core.method.AwardCriteria;
import org.openprocurement.platform.core.method.ProcurementMethod;
import org.openprocurement.platform.core.tender.event.BidsOpened;
import org.openprocurement.platform.core.tender.event.EnquiryAnswered;
import org.openprocurement.platform.core.tender.event.EnquiryRaised;
import org.openprocurement.platform.core.tender.event.Item;
import org.openprocurement.platform.core.tender.event.OpenedBid;
import org.openprocurement.platform.core.tender.event.TenderAmended;
import org.openprocurement.platform.core.tender.event.TenderAwarded;
import org.openprocurement.platform.core.tender.event.TenderCancelled;
import org.openprocurement.platform.core.tender.event.TenderDrafted;
import org.openprocurement.platform.core.tender.event.TenderEvent;
import org.openprocurement.platform.core.tender.event.TenderFailed;
import org.openprocurement.platform.core.tender.event.TenderPublished;

/**
 * The tender stage in OCDS terms: each tender event changes the process's content and names the release it
 * makes public (its tags), or none (a draft, a question not yet answered, an evaluation in progress). Only
 * core schema fields are used; of the bids, only who bid ({@code tender.tenderers}) and how many.
 */
final class TenderStageMapping {

    private final Parties parties;

    TenderStageMapping(Parties parties) {
        this.parties = parties;
    }

    /** Applies the event; answers the tags of the release it makes public, empty when none. */
    List<String> apply(ProcessFile file, TenderEvent event, JsonNode budgetLine) {
        ObjectNode content = file.content;
        ObjectNode tender = content.with("tender");
        return switch (event) {
            case TenderDrafted e -> drafted(file, e, budgetLine);
            case TenderPublished e -> {
                file.published = true;
                tender.put("status", "active");
                tender.with("tenderPeriod").put("startDate", OcdsJson.date(e.publishedAt()));
                tender.with("enquiryPeriod").put("startDate", OcdsJson.date(e.publishedAt()));
                tender.with("enquiryPeriod").put("endDate", OcdsJson.date(e.tenderPeriodEnd()));
                tender.set("procuringEntity", parties.add(content, e.procuringEntityId(), "procuringEntity"));
                content.with("planning")
                        .with("budget")
                        .set("amount", OcdsJson.value(e.committedValue(), file.currency));
                yield List.of("planning", "tender");
            }
            case TenderAmended e -> {
                tender.with("tenderPeriod").put("endDate", OcdsJson.date(e.tenderPeriodEnd()));
                tender.with("enquiryPeriod").put("endDate", OcdsJson.date(e.tenderPeriodEnd()));
                ObjectNode amendment = tender.withArray("amendments").addObject();
                amendment.put("id", String.valueOf(e.amendmentNumber()));
                amendment.put("date", OcdsJson.date(e.amendedAt()));
                amendment.put("description", e.description());
                amendment.put("rationale", e.rationale());
                if (file.lastReleaseId != null) {
                    amendment.put("amendsReleaseID", file.lastReleaseId);
                }
                amendment.put("releaseID", file.nextReleaseId());
                yield List.of("tenderAmendment");
            }
            case EnquiryRaised e -> {
                file.questions.put(e.enquiryId().toString(), e.question());
                yield List.of();
            }
            case EnquiryAnswered e -> {
                tender.put("hasEnquiries", true);
                // The question and its answer are published; who asked is not (MOF Order No. 87 art. 27).
                document(
                                tender,
                                "enquiry-" + e.enquiryId(),
                                "clarifications",
                                file.questions.get(e.enquiryId().toString()))
                        .put("description", e.answer())
                        .put("datePublished", OcdsJson.date(e.answeredAt()));
                yield List.of("tenderUpdate");
            }
            case BidsOpened e -> {
                ArrayNode tenderers = tender.putArray("tenderers");
                for (OpenedBid bid : e.bids()) {
                    tenderers.add(parties.add(content, bid.supplierId(), "tenderer"));
                }
                tender.put("numberOfTenderers", e.bids().size());
                tender.with("awardPeriod").put("startDate", OcdsJson.date(e.openedAt()));
                yield List.of("tenderUpdate");
            }
            case TenderFailed e -> {
                tender.put("status", "unsuccessful");
                tender.with("awardPeriod").put("endDate", OcdsJson.date(e.failedAt()));
                document(tender, "failure", "evaluationReports", "Why the tender failed")
                        .put("description", e.reason())
                        .put("datePublished", OcdsJson.date(e.failedAt()));
                yield file.published ? List.of("tenderUpdate") : List.of();
            }
            case TenderCancelled e -> {
                tender.put("status", "cancelled");
                document(tender, "cancellation", "cancellationDetails", "Why the tender was cancelled")
                        .put("description", e.reason())
                        .put("datePublished", OcdsJson.date(e.cancelledAt()));
                yield file.published ? List.of("tenderCancellation") : List.of();
            }
            case TenderAwarded e -> {
                tender.put("status", "complete");
                tender.with("awardPeriod").put("endDate", OcdsJson.date(e.awardedAt()));
                ObjectNode award = content.withArray("awards").addObject();
                award.put("id", e.awardId().toString());
                award.put("title", "Award of " + tender.path("title").asText());
                award.put(
                        "description",
                        "No contract may be signed before the standstill ends at " + OcdsJson.date(e.standstillEndsAt())
                                + ".");
                award.put("status", "active");
                award.put("date", OcdsJson.date(e.awardedAt()));
                award.set("value", OcdsJson.value(e.value(), file.currency));
                award.putArray("suppliers").add(parties.add(content, e.supplierId(), "supplier"));
                yield List.of("award");
            }
            default -> List.of();
        };
    }

    private List<String> drafted(ProcessFile file, TenderDrafted e, JsonNode budgetLine) {
        ObjectNode content = file.content;
        file.currency = e.currency();
        content.set("buyer", parties.add(content, e.buyerId(), "buyer"));
        ObjectNode budget = content.with("planning").with("budget");
        budget.put("id", e.budgetLineId().toString());
        if (budgetLine != null) {
            budget.put(
                    "description",
                    budgetLine.path("purpose").asText() + " (budget classification "
                            + budgetLine.path("classificationCode").asText() + ", fiscal year "
                            + budgetLine.path("fiscalYear").asText() + ")");
        }
        ObjectNode tender = content.with("tender");
        tender.put("id", e.tenderId().toString());
        tender.put("title", e.title());
        tender.put("description", e.description());
        tender.put("status", "planned");
        ArrayNode items = tender.putArray("items");
        int line = 1;
        for (Item item : e.items()) {
            ObjectNode entry = items.addObject();
            entry.put("id", String.valueOf(line++));
            entry.put("description", item.description());
            ObjectNode classification = entry.putObject("classification").put("id", item.classificationCode());
            if (item.classificationCode().matches("\\d{8}-\\d")) {
                classification.put("scheme", "CPV");
            }
            entry.put("quantity", item.quantity());
            entry.putObject("unit").put("name", item.unit());
        }
        tender.set("value", OcdsJson.value(e.estimatedValue(), e.currency()));
        tender.put("procurementMethod", method(e.method()));
        tender.put(
                "procurementMethodDetails",
                e.method().name().toLowerCase(Locale.ROOT).replace('_', ' '));
        if (e.justification() != null && !e.justification().isBlank()) {
            tender.put("procurementMethodRationale", e.justification());
        }
        tender.put("mainProcurementCategory", e.category().name().toLowerCase(Locale.ROOT));
        tender.put("awardCriteria", e.awardCriteria() == AwardCriteria.LOWEST_PRICE ? "priceOnly" : "ratedCriteria");
        tender.putArray("submissionMethod").add("electronicSubmission");
        tender.with("tenderPeriod").put("endDate", OcdsJson.date(e.tenderPeriodEnd()));
        return List.of();
    }

    private static ObjectNode document(ObjectNode tender, String id, String type, String title) {
        ObjectNode document = tender.withArray("documents").addObject();
        document.put("id", id);
        document.put("documentType", type);
        if (title != null) {
            document.put("title", title);
        }
        return document;
    }

    /** The OCDS method codelist: who may take part (PRC Government Procurement Law art. 26). */
    static String method(ProcurementMethod method) {
        return switch (method) {
            case OPEN_TENDERING -> "open";
            case INVITATIONAL_TENDERING -> "selective";
            case COMPETITIVE_NEGOTIATION, REQUEST_FOR_QUOTATION -> "limited";
            case SINGLE_SOURCE -> "direct";
        };
    }
}
