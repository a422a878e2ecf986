package org.openprocurement.platform.core.disclosurerequest.event;

import java.util.UUID;

/** A fact in the life of one request for disclosure of information about a procurement process. */
public sealed interface DisclosureRequestEvent
        permits DisclosureRequested, DisclosureDeadlineExtended, DisclosureRequestAnswered, DisclosureAnswerOverdue {

    /** The request this fact belongs to. */
    UUID requestId();

    /** The procurement process the request is about. */
    UUID processId();
}
