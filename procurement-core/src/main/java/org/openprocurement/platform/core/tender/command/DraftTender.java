package org.openprocurement.platform.core.tender.command;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.openprocurement.platform.core.method.AwardCriteria;
import org.openprocurement.platform.core.method.ProcurementCategory;
import org.openprocurement.platform.core.method.ProcurementMethod;
import org.openprocurement.platform.core.tender.event.Criterion;
import org.openprocurement.platform.core.tender.event.Item;

/**
 * A using agency states a need as a tender draft.
 *
 * @param availableOnBudgetLine what the budget line had available when the draft was made
 */
public record DraftTender(
        UUID tenderId,
        String buyerId,
        UUID budgetLineId,
        BigDecimal availableOnBudgetLine,
        String title,
        String description,
        ProcurementCategory category,
        ProcurementMethod method,
        AwardCriteria awardCriteria,
        List<Criterion> criteria,
        List<Item> items,
        String currency,
        Instant tenderPeriodEnd,
        List<String> invitedSupplierIds,
        String justification,
        Instant draftedAt) {}
