package org.openprocurement.platform.core.tender.command;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The purchasing agency publishes a drafted tender, whose estimate was committed under {@code commitmentId}. */
public record PublishTender(
        @TargetAggregateIdentifier UUID tenderId,
        String procuringEntityId,
        UUID commitmentId,
        @TargetAggregateVersion Long expectedVersion,
        Instant publishedAt) {}
