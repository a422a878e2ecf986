package org.openprocurement.platform.core.tender.event;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The purchasing agency published the tender; its estimated value is committed on the budget line. */
@Revision("1")
public record TenderPublished(
        UUID tenderId,
        String procuringEntityId,
        UUID budgetLineId,
        UUID commitmentId,
        BigDecimal committedValue,
        Instant tenderPeriodEnd,
        Instant publishedAt)
        implements TenderEvent {}
