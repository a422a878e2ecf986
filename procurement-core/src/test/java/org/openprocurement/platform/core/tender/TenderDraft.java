package org.openprocurement.platform.core.tender;

import static org.openprocurement.platform.core.tender.TenderFixtures.BUDGET_LINE_ID;
import static org.openprocurement.platform.core.tender.TenderFixtures.BUYER_ID;
import static org.openprocurement.platform.core.tender.TenderFixtures.CNY;
import static org.openprocurement.platform.core.tender.TenderFixtures.DEADLINE;
import static org.openprocurement.platform.core.tender.TenderFixtures.DESCRIPTION;
import static org.openprocurement.platform.core.tender.TenderFixtures.DRAFTED_AT;
import static org.openprocurement.platform.core.tender.TenderFixtures.ESTIMATE;
import static org.openprocurement.platform.core.tender.TenderFixtures.TENDER_ID;
import static org.openprocurement.platform.core.tender.TenderFixtures.TITLE;
import static org.openprocurement.platform.core.tender.TenderFixtures.item;
import static org.openprocurement.platform.core.tender.TenderFixtures.money;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.openprocurement.platform.core.method.AwardCriteria;
import org.openprocurement.platform.core.method.ProcurementCategory;
import org.openprocurement.platform.core.method.ProcurementMethod;
import org.openprocurement.platform.core.tender.command.DraftTender;
import org.openprocurement.platform.core.tender.event.Criterion;
import org.openprocurement.platform.core.tender.event.Item;
import org.openprocurement.platform.core.tender.event.TenderDrafted;

/** A tender draft that tests change only where it matters, as a command or as the event it records. */
final class TenderDraft {
    private ProcurementCategory category = ProcurementCategory.GOODS;
    private ProcurementMethod method = ProcurementMethod.OPEN_TENDERING;
    private AwardCriteria awardCriteria = AwardCriteria.LOWEST_PRICE;
    private List<Criterion> criteria = List.of();
    private List<Item> items = List.of(item("100", ESTIMATE));
    private String currency = CNY;
    private BigDecimal available = money("1000000.00");
    private Instant deadline = DEADLINE;
    private List<String> invited = List.of();
    private String justification;

    TenderDraft category(ProcurementCategory value) {
        category = value;
        return this;
    }

    TenderDraft method(ProcurementMethod value) {
        method = value;
        return this;
    }

    TenderDraft scoredBy(List<Criterion> value) {
        awardCriteria = AwardCriteria.COMPREHENSIVE_SCORING;
        criteria = value;
        return this;
    }

    TenderDraft awardCriteria(AwardCriteria value) {
        awardCriteria = value;
        return this;
    }

    TenderDraft items(Item... value) {
        items = List.of(value);
        return this;
    }

    TenderDraft currency(String value) {
        currency = value;
        return this;
    }

    TenderDraft available(String value) {
        available = money(value);
        return this;
    }

    TenderDraft deadline(Instant value) {
        deadline = value;
        return this;
    }

    TenderDraft invited(String... value) {
        invited = List.of(value);
        return this;
    }

    TenderDraft justification(String value) {
        justification = value;
        return this;
    }

    DraftTender command() {
        return new DraftTender(
                TENDER_ID,
                BUYER_ID,
                BUDGET_LINE_ID,
                available,
                TITLE,
                DESCRIPTION,
                category,
                method,
                awardCriteria,
                criteria,
                items,
                currency,
                deadline,
                invited,
                justification,
                DRAFTED_AT);
    }

    /** The event for the default single item of 100,000.00. */
    TenderDrafted event() {
        return event(ESTIMATE);
    }

    /** The event, with the estimate stated by the test rather than computed here. */
    TenderDrafted event(String estimatedValue) {
        return new TenderDrafted(
                TENDER_ID,
                BUYER_ID,
                BUDGET_LINE_ID,
                TITLE,
                DESCRIPTION,
                category,
                method,
                awardCriteria,
                criteria,
                items,
                money(estimatedValue),
                currency,
                deadline,
                invited,
                justification,
                DRAFTED_AT);
    }
}
