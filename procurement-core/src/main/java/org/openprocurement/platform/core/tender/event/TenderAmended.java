package org.openprocurement.platform.core.tender.event;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * The tender documents were changed; bids submitted before must be confirmed again to count, and the
 * deadline moved out when too little time was left.
 */
@Revision("1")
public record TenderAmended(
        UUID tenderId,
        int amendmentNumber,
        String description,
        String rationale,
        Instant tenderPeriodEnd,
        boolean deadlineExtended,
        Instant amendedAt)
        implements TenderEvent {}
