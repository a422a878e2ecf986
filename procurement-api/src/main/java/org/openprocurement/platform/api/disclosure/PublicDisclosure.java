package org.openprocurement.platform.api.disclosure;

import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The one way public outputs (the portal, disclosure requests) ask what of a process they may show: through the
 * {@link DisclosurePolicy} of the process classification.
 */
@Component
public class PublicDisclosure {

    private final ObjectProvider<DisclosurePolicy> policy;

    PublicDisclosure(ObjectProvider<DisclosurePolicy> policy) {
        this.policy = policy;
    }

    /** Whether the process may be shown at all. */
    public boolean isPublic(UUID processId) {
        DisclosurePolicy decided = policy.getIfAvailable();
        // Until process classification is deployed there is no policy bean and no process is secret or
        // restricted: every published process is public, with nothing masked.
        return decided == null || decided.isPublic(processId);
    }

    /** The OCDS paths to mask for the process now, such as {@code tender.value}. */
    public Set<String> maskedFields(UUID processId) {
        DisclosurePolicy decided = policy.getIfAvailable();
        return decided == null ? Set.of() : Set.copyOf(decided.maskedFields(processId));
    }
}
