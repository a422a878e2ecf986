package org.openprocurement.platform.core.tender.command;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A supplier asks a question about a published tender before its deadline. */
public record RaiseEnquiry(
        @TargetAggregateIdentifier UUID tenderId,
        UUID enquiryId,
        String supplierId,
        String question,
        Instant raisedAt) {}
