package org.openprocurement.platform.core.tender.command;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The purchasing agency answers an enquiry; the answer is published. */
public record AnswerEnquiry(
        @TargetAggregateIdentifier UUID tenderId, UUID enquiryId, String answer, Instant answeredAt) {}
