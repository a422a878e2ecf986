package org.openprocurement.platform.core.disclosure.command;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The buyer withholds one field of a drafted process until an access date.
 *
 * @param field an OCDS path such as {@code awards.value}
 * @param processPublished whether the tender was already published when the command was sent
 */
public record DeferDisclosure(
        @TargetAggregateIdentifier UUID disclosureId,
        UUID processId,
        String field,
        String justification,
        Instant disclosableAt,
        boolean processPublished,
        Instant deferredAt) {}
