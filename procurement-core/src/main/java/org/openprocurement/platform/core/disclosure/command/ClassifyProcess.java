package org.openprocurement.platform.core.disclosure.command;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.openprocurement.platform.core.disclosure.Classification;

/**
 * The buyer classifies a drafted process before it is published.
 *
 * @param processPublished whether the tender was already published when the command was sent
 */
public record ClassifyProcess(
        @TargetAggregateIdentifier UUID disclosureId,
        UUID processId,
        Classification classification,
        String justification,
        boolean processPublished,
        Instant classifiedAt) {}
