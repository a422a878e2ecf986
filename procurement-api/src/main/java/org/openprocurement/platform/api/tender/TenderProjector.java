package org.openprocurement.platform.api.tender;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.openprocurement.platform.api.infrastructure.AxonJson;
import org.openprocurement.platform.core.tender.event.AwardCancelled;
import org.openprocurement.platform.core.tender.event.BidDisqualified;
import org.openprocurement.platform.core.tender.event.BidQualified;
import org.openprocurement.platform.core.tender.event.BidsOpened;
import org.openprocurement.platform.core.tender.event.EnquiryAnswered;
import org.openprocurement.platform.core.tender.event.EnquiryRaised;
import org.openprocurement.platform.core.tender.event.OpenedBid;
import org.openprocurement.platform.core.tender.event.ProcurementResumed;
import org.openprocurement.platform.core.tender.event.ProcurementSuspended;
import org.openprocurement.platform.core.tender.event.TenderAmended;
import org.openprocurement.platform.core.tender.event.TenderAwarded;
import org.openprocurement.platform.core.tender.event.TenderCancelled;
import org.openprocurement.platform.core.tender.event.TenderDrafted;
import org.openprocurement.platform.core.tender.event.TenderFailed;
import org.openprocurement.platform.core.tender.event.TenderPublished;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Keeps tender_view and its enquiries, amendments and opened bids, in the transaction of the events. */
@Component
@ProcessingGroup("tender-view")
class TenderProjector {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json = AxonJson.objectMapper();

    TenderProjector(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(TenderDrafted e, @SequenceNumber long version) {
        jdbc.update(
                """
                INSERT INTO tender_view (tender_id, buyer_id, budget_line_id, title, description, category, method,
                    award_criteria, criteria, items, estimated_value, currency, tender_period_end,
                    invited_supplier_ids, justification, status, amendment_number, version, drafted_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?, ?::jsonb, ?, 'DRAFT', 0, ?, ?)""",
                e.tenderId(),
                e.buyerId(),
                e.budgetLineId(),
                e.title(),
                e.description(),
                e.category().name(),
                e.method().name(),
                e.awardCriteria().name(),
                write(e.criteria()),
                write(e.items()),
                e.estimatedValue(),
                e.currency(),
                ts(e.tenderPeriodEnd()),
                write(e.invitedSupplierIds()),
                e.justification(),
                version,
                ts(e.draftedAt()));
    }

    @EventHandler
    void on(TenderPublished e, @SequenceNumber long version) {
        jdbc.update(
                "UPDATE tender_view SET status = 'PUBLISHED', procuring_entity_id = ?, commitment_id = ?,"
                        + " published_at = ?, version = ? WHERE tender_id = ?",
                e.procuringEntityId(),
                e.commitmentId(),
                ts(e.publishedAt()),
                version,
                e.tenderId());
    }

    @EventHandler
    void on(TenderAmended e, @SequenceNumber long version) {
        jdbc.update(
                "UPDATE tender_view SET amendment_number = ?, tender_period_end = ?, version = ? WHERE tender_id = ?",
                e.amendmentNumber(),
                ts(e.tenderPeriodEnd()),
                version,
                e.tenderId());
        jdbc.update(
                "INSERT INTO tender_amendment_view (tender_id, amendment_number, description, rationale,"
                        + " tender_period_end, deadline_extended, amended_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                e.tenderId(),
                e.amendmentNumber(),
                e.description(),
                e.rationale(),
                ts(e.tenderPeriodEnd()),
                e.deadlineExtended(),
                ts(e.amendedAt()));
    }

    @EventHandler
    void on(TenderCancelled e, @SequenceNumber long version) {
        jdbc.update(
                "UPDATE tender_view SET status = 'CANCELLED', cancelled_at = ?, cancellation_reason = ?, version = ?"
                        + " WHERE tender_id = ?",
                ts(e.cancelledAt()),
                e.reason(),
                version,
                e.tenderId());
    }

    @EventHandler
    void on(EnquiryRaised e, @SequenceNumber long version) {
        jdbc.update(
                "INSERT INTO tender_enquiry_view (enquiry_id, tender_id, supplier_id, question, raised_at)"
                        + " VALUES (?, ?, ?, ?, ?)",
                e.enquiryId(),
                e.tenderId(),
                e.supplierId(),
                e.question(),
                ts(e.raisedAt()));
        version(e.tenderId(), version);
    }

    @EventHandler
    void on(EnquiryAnswered e, @SequenceNumber long version) {
        jdbc.update(
                "UPDATE tender_enquiry_view SET answer = ?, answered_at = ? WHERE enquiry_id = ?",
                e.answer(),
                ts(e.answeredAt()),
                e.enquiryId());
        version(e.tenderId(), version);
    }

    @EventHandler
    void on(BidsOpened e, @SequenceNumber long version) {
        jdbc.update(
                "UPDATE tender_view SET status = 'OPENED', opened_at = ?, version = ? WHERE tender_id = ?",
                ts(e.openedAt()),
                version,
                e.tenderId());
        for (OpenedBid bid : e.bids()) {
            jdbc.update(
                    "INSERT INTO opened_bid_view (bid_id, tender_id, supplier_id, price, content_digest, counted)"
                            + " VALUES (?, ?, ?, ?, ?, ?)",
                    bid.bidId(),
                    e.tenderId(),
                    bid.supplierId(),
                    bid.price(),
                    bid.contentDigest(),
                    bid.counted());
        }
    }

    @EventHandler
    void on(BidQualified e) {
        decision(e.tenderId(), e.bidId(), e.supplierId(), true, e.reason(), write(e.scores()), e.decidedAt());
    }

    @EventHandler
    void on(BidDisqualified e) {
        decision(e.tenderId(), e.bidId(), e.supplierId(), false, e.reason(), "[]", e.decidedAt());
    }

    @EventHandler
    void on(TenderAwarded e, @SequenceNumber long version) {
        jdbc.update(
                "UPDATE tender_view SET status = 'AWARDED', concluded_at = ?, version = ? WHERE tender_id = ?",
                ts(e.awardedAt()),
                version,
                e.tenderId());
        jdbc.update(
                "INSERT INTO award_view (award_id, tender_id, bid_id, supplier_id, value, standstill_ends_at,"
                        + " awarded_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                e.awardId(),
                e.tenderId(),
                e.bidId(),
                e.supplierId(),
                e.value(),
                ts(e.standstillEndsAt()),
                ts(e.awardedAt()));
    }

    @EventHandler
    void on(TenderFailed e, @SequenceNumber long version) {
        jdbc.update(
                "UPDATE tender_view SET status = 'FAILED', failure_reason = ?, concluded_at = ?, version = ?"
                        + " WHERE tender_id = ?",
                e.reason(),
                ts(e.failedAt()),
                version,
                e.tenderId());
    }

    @EventHandler
    void on(AwardCancelled e, @SequenceNumber long version) {
        jdbc.update(
                "UPDATE tender_view SET status = 'OPENED', concluded_at = NULL, version = ? WHERE tender_id = ?",
                version,
                e.tenderId());
        jdbc.update("UPDATE award_view SET cancelled_at = ? WHERE award_id = ?", ts(e.cancelledAt()), e.awardId());
    }

    @EventHandler
    void on(ProcurementSuspended e, @SequenceNumber long version) {
        version(e.tenderId(), version);
    }

    @EventHandler
    void on(ProcurementResumed e, @SequenceNumber long version) {
        version(e.tenderId(), version);
    }

    private void decision(
            Object tenderId,
            Object bidId,
            String supplierId,
            boolean qualified,
            String reason,
            String scores,
            Instant at) {
        jdbc.update(
                "INSERT INTO qualification_view (bid_id, tender_id, supplier_id, qualified, reason, scores, decided_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?::jsonb, ?) ON CONFLICT (bid_id) DO UPDATE SET"
                        + " qualified = EXCLUDED.qualified, reason = EXCLUDED.reason, scores = EXCLUDED.scores,"
                        + " decided_at = EXCLUDED.decided_at",
                bidId,
                tenderId,
                supplierId,
                qualified,
                reason,
                scores,
                ts(at));
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM award_view");
        jdbc.update("DELETE FROM qualification_view");
        jdbc.update("DELETE FROM opened_bid_view");
        jdbc.update("DELETE FROM tender_enquiry_view");
        jdbc.update("DELETE FROM tender_amendment_view");
        jdbc.update("DELETE FROM tender_view");
    }

    private void version(Object tenderId, long version) {
        jdbc.update("UPDATE tender_view SET version = ? WHERE tender_id = ?", version, tenderId);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot project the tender", e);
        }
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }
}
