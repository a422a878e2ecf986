package org.openprocurement.platform.core.disclosurerequest.command;

import java.time.Instant;
import java.util.UUID;

/**
 * A member of the public asks the agency responsible for a procurement process to disclose information about it.
 *
 * @param information what is asked for, in the requester's words
 */
public record RequestDisclosure(
        UUID requestId, UUID processId, String responsibleOrganisationId, String information, Instant requestedAt) {}
