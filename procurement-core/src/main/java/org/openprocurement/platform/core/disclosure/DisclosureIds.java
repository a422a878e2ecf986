package org.openprocurement.platform.core.disclosure;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** The identifier of a process's disclosure decisions, derived from the process so there is exactly one. */
public final class DisclosureIds {

    private DisclosureIds() {}

    /** The disclosure aggregate of the process (tender) {@code processId}. */
    public static UUID of(UUID processId) {
        return UUID.nameUUIDFromBytes(("disclosure|" + processId).getBytes(StandardCharsets.UTF_8));
    }
}
