package org.openprocurement.platform.api.disclosure;

import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What a restricted process withholds from the public for good.
 *
 * @param restrictedFields OCDS paths masked in every public output of a restricted process
 */
@ConfigurationProperties("procurement.disclosure")
public record DisclosureProperties(List<String> restrictedFields) {

    public DisclosureProperties {
        restrictedFields = restrictedFields == null
                ? List.of("planning.budget", "tender.value", "awards.value")
                : List.copyOf(restrictedFields);
    }

    /** The configured fields as a set. */
    Set<String> restricted() {
        return Set.copyOf(restrictedFields);
    }
}
