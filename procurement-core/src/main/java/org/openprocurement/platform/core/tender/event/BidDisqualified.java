package org.openprocurement.platform.core.tender.event;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The evaluation found the bid not qualified, for the stated reason. */
@Revision("1")
public record BidDisqualified(UUID tenderId, UUID bidId, String supplierId, String reason, Instant decidedAt)
        implements TenderEvent {}
