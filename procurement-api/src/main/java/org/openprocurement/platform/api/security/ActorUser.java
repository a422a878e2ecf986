package org.openprocurement.platform.api.security;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A demo user that knows the organisation and role it acts with. */
class ActorUser extends User {

    private final Actor actor;

    ActorUser(Actor actor, String passwordHash) {
        super(
                actor.userId(),
                passwordHash,
                List.of(new SimpleGrantedAuthority("ROLE_" + actor.role().name())));
        this.actor = actor;
    }

    Actor actor() {
        return actor;
    }
}
