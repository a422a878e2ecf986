package org.openprocurement.platform.api.tender;

import java.time.Instant;
import java.util.UUID;

/** A published enquiry and its answer; who asked is not disclosed. */
public record EnquiryResponse(UUID id, String question, Instant raisedAt, String answer, Instant answeredAt) {}
