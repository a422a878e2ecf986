package org.openprocurement.platform.core.disclosurerequest.event;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The responsible agency extended the time to answer, once, for the stated reason; the answer is now due later. */
@Revision("1")
public record DisclosureDeadlineExtended(
        UUID requestId, UUID processId, String reason, Instant dueAt, Instant extendedAt)
        implements DisclosureRequestEvent {}
