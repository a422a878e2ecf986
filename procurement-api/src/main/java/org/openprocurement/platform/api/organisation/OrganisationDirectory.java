package org.openprocurement.platform.api.organisation;

import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The organisations that take part, configured per deployment (the demo set ships in application.yml).
 *
 * @param organisations every organisation, in the order they are listed
 */
@Validated
@ConfigurationProperties("procurement")
public record OrganisationDirectory(@Valid List<Organisation> organisations) {

    public OrganisationDirectory {
        organisations = organisations == null ? List.of() : List.copyOf(organisations);
        Map<String, Organisation> seen = new LinkedHashMap<>();
        for (Organisation organisation : organisations) {
            if (seen.put(organisation.id(), organisation) != null) {
                throw new IllegalArgumentException("Organisation " + organisation.id() + " is listed twice");
            }
        }
    }

    /** The organisation with this id, if the platform knows it. */
    public Optional<Organisation> find(String id) {
        return organisations.stream().filter(o -> o.id().equals(id)).findFirst();
    }
}
