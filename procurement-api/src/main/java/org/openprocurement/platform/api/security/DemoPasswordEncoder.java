package org.openprocurement.platform.api.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Compares demo passwords by SHA-256 in constant time.
 *
 * <p>Demo passwords are published in the README, so a slow hash protects nothing, while BCrypt on every
 * HTTP Basic request would cost tens of milliseconds of CPU per call and throttle every load test. Real
 * deployments run in {@code jwt} mode, where no password reaches the platform.
 */
class DemoPasswordEncoder implements PasswordEncoder {

    @Override
    public String encode(CharSequence raw) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(raw.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    @Override
    public boolean matches(CharSequence raw, String encoded) {
        return encoded != null
                && MessageDigest.isEqual(
                        encode(raw).getBytes(StandardCharsets.US_ASCII), encoded.getBytes(StandardCharsets.US_ASCII));
    }
}
