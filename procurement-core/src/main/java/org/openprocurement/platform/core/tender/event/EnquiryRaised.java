package org.openprocurement.platform.core.tender.event;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A supplier asked a question about the tender documents. */
@Revision("1")
public record EnquiryRaised(UUID tenderId, UUID enquiryId, String supplierId, String question, Instant raisedAt)
        implements TenderEvent {}
