package org.openprocurement.platform.core.tender.event;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The evaluation found the bid qualified and, under comprehensive scoring, scored its non-price criteria. */
@Revision("1")
public record BidQualified(
        UUID tenderId, UUID bidId, String supplierId, List<Score> scores, String reason, Instant decidedAt)
        implements TenderEvent {}
