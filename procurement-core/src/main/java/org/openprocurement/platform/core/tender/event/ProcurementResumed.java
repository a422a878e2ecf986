package org.openprocurement.platform.core.tender.event;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The suspension ended: the complaint was decided, or the suspension period ran out. */
@Revision("1")
public record ProcurementResumed(UUID tenderId, UUID complaintId, String reason, Instant resumedAt)
        implements TenderEvent {}
