package org.openprocurement.platform.api.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * A demo user for the default run and the tests (HTTP Basic); never enabled in {@code jwt} mode.
 *
 * @param username login name
 * @param password password of the demo user, published in the README
 * @param organisation id of the organisation the user acts for
 * @param role the user's role
 */
public record DemoAccount(
        @NotBlank String username,
        @NotBlank String password,
        @NotBlank String organisation,
        @NotNull Role role) {}
