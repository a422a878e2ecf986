package org.openprocurement.platform.api.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/** Finds the actor behind the current request, whichever way it authenticated. */
@Component
public class Actors {

    private final SecurityProperties properties;

    Actors(SecurityProperties properties) {
        this.properties = properties;
    }

    /** The authenticated actor, or empty for an anonymous reader. */
    public Optional<Actor> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        Object principal = authentication.getPrincipal();
        if (principal instanceof ActorUser user) {
            return Optional.of(user.actor());
        }
        if (principal instanceof Jwt jwt) {
            return Optional.of(fromJwt(jwt));
        }
        return Optional.empty();
    }

    Actor fromJwt(Jwt jwt) {
        String organisation = jwt.getClaimAsString(properties.organisationClaim());
        String role = jwt.getClaimAsString(properties.roleClaim());
        return new Actor(jwt.getSubject(), organisation, Role.valueOf(role));
    }
}
