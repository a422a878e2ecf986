package org.openprocurement.platform.api.disclosure;

import java.util.Set;
import java.util.UUID;

/**
 * The disclosure decisions in force for a process.
 *
 * @param maskedFields what public output withholds now
 */
public record DisclosureResponse(UUID processId, String classification, Set<String> maskedFields) {}
