package org.openprocurement.platform.core.tender.event;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;
import org.openprocurement.platform.core.method.AwardCriteria;
import org.openprocurement.platform.core.method.ProcurementCategory;
import org.openprocurement.platform.core.method.ProcurementMethod;

/** A using agency stated a need: what it buys, how, by when, and which budget line pays. */
@Revision("1")
public record TenderDrafted(
        UUID tenderId,
        String buyerId,
        UUID budgetLineId,
        String title,
        String description,
        ProcurementCategory category,
        ProcurementMethod method,
        AwardCriteria awardCriteria,
        List<Criterion> criteria,
        List<Item> items,
        BigDecimal estimatedValue,
        String currency,
        Instant tenderPeriodEnd,
        List<String> invitedSupplierIds,
        String justification,
        Instant draftedAt)
        implements TenderEvent {}
