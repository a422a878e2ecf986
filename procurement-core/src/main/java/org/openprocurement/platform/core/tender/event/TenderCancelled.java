package org.openprocurement.platform.core.tender.event;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The tender was cancelled with a reason; any money committed for it is to be released. */
@Revision("1")
public record TenderCancelled(UUID tenderId, UUID budgetLineId, UUID commitmentId, String reason, Instant cancelledAt)
        implements TenderEvent {}
