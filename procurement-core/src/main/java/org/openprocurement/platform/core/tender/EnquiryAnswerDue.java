package org.openprocurement.platform.core.tender;

import java.time.Instant;
import java.util.UUID;

/**
 * Payload of the persisted deadline at which an enquiry's answer period ends.
 *
 * @param enquiryId the enquiry waiting for its answer
 * @param dueAt when the answer period ends
 */
public record EnquiryAnswerDue(UUID enquiryId, Instant dueAt) {}
