package org.openprocurement.platform.core.tender.event;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The top-ranked qualified bid won; no contract may be signed before the standstill ends. */
@Revision("1")
public record TenderAwarded(
        UUID tenderId,
        UUID awardId,
        UUID bidId,
        String supplierId,
        BigDecimal value,
        Instant standstillEndsAt,
        Instant awardedAt)
        implements TenderEvent {}
