package org.openprocurement.platform.core.tender.event;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * The finance department suspended the procurement while it handles a complaint (GPL art. 57): no award and no
 * contract signature until it resumes, at the latest at {@code suspendedUntil}.
 */
@Revision("1")
public record ProcurementSuspended(
        UUID tenderId, UUID complaintId, String reason, Instant suspendedUntil, Instant suspendedAt)
        implements TenderEvent {}
