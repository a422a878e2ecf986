package org.openprocurement.platform.core.disclosure.event;

import java.util.UUID;

/** A decision on what of one procurement process the public may see, or its coming into force. */
public sealed interface DisclosureEvent permits ProcessClassified, DisclosureDeferred, DeferredDisclosureReached {

    /** The process (tender) the decision is about. */
    UUID processId();
}
