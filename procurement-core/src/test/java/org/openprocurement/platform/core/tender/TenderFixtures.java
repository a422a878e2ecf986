package org.openprocurement.platform.core.tender;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.openprocurement.platform.core.method.RuleTable;
import org.openprocurement.platform.core.method.WorkingCalendar;
import org.openprocurement.platform.core.tender.command.AmendTender;
import org.openprocurement.platform.core.tender.command.AnswerEnquiry;
import org.openprocurement.platform.core.tender.command.CancelTender;
import org.openprocurement.platform.core.tender.command.PublishTender;
import org.openprocurement.platform.core.tender.command.RaiseEnquiry;
import org.openprocurement.platform.core.tender.event.Criterion;
import org.openprocurement.platform.core.tender.event.EnquiryAnswered;
import org.openprocurement.platform.core.tender.event.EnquiryRaised;
import org.openprocurement.platform.core.tender.event.Item;
import org.openprocurement.platform.core.tender.event.TenderAmended;
import org.openprocurement.platform.core.tender.event.TenderCancelled;
import org.openprocurement.platform.core.tender.event.TenderPublished;

/** Commands and events of one tender with fixed ids, instants and amounts, so tests state only what differs. */
final class TenderFixtures {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** Qingming 2026: Monday 6 April is a public holiday. */
    static final LocalDate QINGMING = LocalDate.parse("2026-04-06");

    static final WorkingCalendar CALENDAR = new WorkingCalendar(SHANGHAI, Set.of(QINGMING), Set.of());

    /** Monday 2 March 2026, 09:00 in Shanghai. */
    static final Instant DRAFTED_AT = Instant.parse("2026-03-02T01:00:00Z");
    /** Same day, 11:00 in Shanghai: thirty days before the deadline. */
    static final Instant PUBLISHED_AT = Instant.parse("2026-03-02T03:00:00Z");
    /** Wednesday 1 April 2026, 10:00 in Shanghai. */
    static final Instant DEADLINE = Instant.parse("2026-04-01T02:00:00Z");

    static final UUID TENDER_ID = UUID.fromString("7e4d1c2a-0f3b-4a8e-9b61-000000000001");
    static final UUID BUDGET_LINE_ID = UUID.fromString("0b0d9e7a-5c1f-4e4a-9d43-000000000001");
    static final UUID COMMITMENT_ID = UUID.fromString("0b0d9e7a-5c1f-4e4a-9d43-000000000101");
    static final UUID ENQUIRY_ID = UUID.fromString("7e4d1c2a-0f3b-4a8e-9b61-000000000301");
    static final UUID OTHER_ENQUIRY_ID = UUID.fromString("7e4d1c2a-0f3b-4a8e-9b61-000000000302");

    static final String BUYER_ID = "ORG-EDU-0042";
    static final String PROCURING_ENTITY_ID = "ORG-PROC-0007";
    static final String SUPPLIER_ID = "SUP-0001";
    static final String TITLE = "Desktop computers for primary schools";
    static final String DESCRIPTION = "100 desktop computers with monitors, delivered and installed";
    static final String CNY = "CNY";
    static final String ESTIMATE = "100000.00";

    private TenderFixtures() {}

    static AggregateTestFixture<Tender> tenderFixture() {
        AggregateTestFixture<Tender> fixture = new AggregateTestFixture<>(Tender.class);
        fixture.registerInjectableResource(RuleTable.chinaGovernmentProcurementLaw());
        fixture.registerInjectableResource(CALENDAR);
        return fixture;
    }

    /** Open tendering of goods at the lowest price: one item, 100 x 1,000.00 CNY, on a line with 1,000,000. */
    static TenderDraft aDraft() {
        return new TenderDraft();
    }

    static Item item(String quantity, String estimatedValue) {
        return new Item("Desktop computer", "A02010104", money(quantity), "set", money(estimatedValue));
    }

    static List<Criterion> scoring(int priceWeight, int qualityWeight) {
        return List.of(new Criterion("price", priceWeight, true), new Criterion("quality", qualityWeight, false));
    }

    static PublishTender publish(Instant at) {
        return new PublishTender(TENDER_ID, PROCURING_ENTITY_ID, COMMITMENT_ID, null, at);
    }

    static TenderPublished published() {
        return published(DEADLINE, PUBLISHED_AT);
    }

    static TenderPublished published(Instant deadline, Instant at) {
        return new TenderPublished(
                TENDER_ID, PROCURING_ENTITY_ID, BUDGET_LINE_ID, COMMITMENT_ID, money(ESTIMATE), deadline, at);
    }

    static AmendTender amend(Instant at) {
        return amend(null, at);
    }

    static AmendTender amend(Instant newDeadline, Instant at) {
        return new AmendTender(
                TENDER_ID, "Monitors of 27 inches", "Schools asked for larger screens", newDeadline, null, at);
    }

    static TenderAmended amended(int number, Instant deadline, boolean extended, Instant at) {
        return new TenderAmended(
                TENDER_ID, number, "Monitors of 27 inches", "Schools asked for larger screens", deadline, extended, at);
    }

    static CancelTender cancel(Instant at) {
        return new CancelTender(TENDER_ID, "The need disappeared", null, at);
    }

    static TenderCancelled cancelled(UUID commitmentId, Instant at) {
        return new TenderCancelled(TENDER_ID, BUDGET_LINE_ID, commitmentId, "The need disappeared", at);
    }

    static RaiseEnquiry raise(UUID enquiryId, Instant at) {
        return new RaiseEnquiry(TENDER_ID, enquiryId, SUPPLIER_ID, "Is a 24-inch monitor acceptable?", at);
    }

    static EnquiryRaised raised(UUID enquiryId, Instant at) {
        return new EnquiryRaised(TENDER_ID, enquiryId, SUPPLIER_ID, "Is a 24-inch monitor acceptable?", at);
    }

    static AnswerEnquiry answer(UUID enquiryId, Instant at) {
        return new AnswerEnquiry(TENDER_ID, enquiryId, "No; see amendment 1.", at);
    }

    static EnquiryAnswered answered(UUID enquiryId, Instant at) {
        return new EnquiryAnswered(TENDER_ID, enquiryId, "No; see amendment 1.", at);
    }

    /** An instant written in Shanghai local time, for example {@code "2026-03-06T09:00"}. */
    static Instant shanghai(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    /** An amount written as text keeps its scale, which events compare on. */
    static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }
}
