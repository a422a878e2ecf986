package org.openprocurement.platform.core.disclosure.event;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The buyer withheld one field of the process, with a justification, until its access date. */
@Revision("1")
public record DisclosureDeferred(
        UUID processId, String field, String justification, Instant disclosableAt, Instant deferredAt)
        implements DisclosureEvent {}
