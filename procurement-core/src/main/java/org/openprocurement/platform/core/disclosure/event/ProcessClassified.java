package org.openprocurement.platform.core.disclosure.event;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;
import org.openprocurement.platform.core.disclosure.Classification;

/** The buyer classified the process before publication: public, restricted or secret, with its reason. */
@Revision("1")
public record ProcessClassified(
        UUID processId, Classification classification, String justification, Instant classifiedAt)
        implements DisclosureEvent {}
