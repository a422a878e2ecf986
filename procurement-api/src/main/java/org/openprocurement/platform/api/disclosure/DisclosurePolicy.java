package org.openprocurement.platform.api.disclosure;

import java.util.Set;
import java.util.UUID;

/** What of a process the public may see, decided by its classification and deferred-disclosure dates. */
public interface DisclosurePolicy {

    /** Whether the process may appear in any public output at all (false for a secret process). */
    boolean isPublic(UUID processId);

    /**
     * The OCDS paths masked in public output for the process now (restricted or deferred fields), such as
     * {@code tender.value}, {@code tender.items}, {@code awards.value}, {@code planning.budget}; empty when none.
     */
    Set<String> maskedFields(UUID processId);
}
