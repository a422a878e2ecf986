package org.openprocurement.platform.api.security;

import jakarta.validation.Valid;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How callers authenticate.
 *
 * @param mode {@code demo} (HTTP Basic with the demo accounts) or {@code jwt} (OAuth2 resource server)
 * @param demoAccounts the demo users, used in {@code demo} mode only
 * @param organisationClaim JWT claim naming the organisation the user acts for
 * @param roleClaim JWT claim naming the user's role
 */
@Validated
@ConfigurationProperties("procurement.security")
public record SecurityProperties(
        String mode, @Valid List<DemoAccount> demoAccounts, String organisationClaim, String roleClaim) {

    public SecurityProperties {
        mode = mode == null ? "demo" : mode;
        demoAccounts = demoAccounts == null ? List.of() : List.copyOf(demoAccounts);
        organisationClaim = organisationClaim == null ? "organisation" : organisationClaim;
        roleClaim = roleClaim == null ? "role" : roleClaim;
    }

    boolean jwt() {
        return "jwt".equals(mode);
    }
}
