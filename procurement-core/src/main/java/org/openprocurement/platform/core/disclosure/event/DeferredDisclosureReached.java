package org.openprocurement.platform.core.disclosure.event;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A withheld field reached its access date and is public from now on. */
@Revision("1")
public record DeferredDisclosureReached(UUID processId, String field, Instant disclosedAt) implements DisclosureEvent {}
