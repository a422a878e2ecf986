package org.openprocurement.platform.core.disclosurerequest.event;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** Someone asked for information about a process; the responsible agency owes an answer by {@code dueAt}. */
@Revision("1")
public record DisclosureRequested(
        UUID requestId,
        UUID processId,
        String responsibleOrganisationId,
        String information,
        Instant dueAt,
        Instant requestedAt)
        implements DisclosureRequestEvent {}
