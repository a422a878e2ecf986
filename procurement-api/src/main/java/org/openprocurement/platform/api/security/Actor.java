package org.openprocurement.platform.api.security;

/**
 * The authenticated person behind a request, as recorded on every event they cause.
 *
 * @param userId stable user name or subject
 * @param organisationId the organisation the user acts for
 * @param role the user's role in that organisation
 */
public record Actor(String userId, String organisationId, Role role) {

    /** True when the actor acts for {@code organisation}. */
    public boolean actsFor(String organisation) {
        return organisationId.equals(organisation);
    }

    /** True when the actor has one of the given roles. */
    public boolean hasRole(Role... roles) {
        for (Role candidate : roles) {
            if (role == candidate) {
                return true;
            }
        }
        return false;
    }
}
