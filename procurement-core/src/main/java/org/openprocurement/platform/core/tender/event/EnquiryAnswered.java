package org.openprocurement.platform.core.tender.event;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The purchasing agency answered an enquiry; the answer is published to every supplier. */
@Revision("1")
public record EnquiryAnswered(UUID tenderId, UUID enquiryId, String answer, Instant answeredAt)
        implements TenderEvent {}
