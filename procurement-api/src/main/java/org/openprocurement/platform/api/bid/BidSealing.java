package org.openprocurement.platform.api.bid;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Seals bids for the tender box with AES-256-GCM under a key kept in a file outside the database, bound to
 * the tender and supplier as associated data, so a sealed bid cannot be moved to another tender or bidder.
 * Whoever reads the database (or a backup of it) learns nothing of a bid before the opening.
 */
@Component
public class BidSealing {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    BidSealing(@Value("${procurement.sealing.key-file:data/keys/bid-sealing.key}") Path keyFile, JdbcTemplate jdbc) {
        this.key = new SecretKeySpec(checked(keyFile, jdbc), "AES");
    }

    /**
     * The key, created only when no bid has ever been sealed; a missing or different key with sealed bids in
     * the database stops the start-up, because those tenders could never be opened.
     */
    private byte[] checked(Path keyFile, JdbcTemplate jdbc) {
        List<String> recorded =
                jdbc.queryForList("SELECT fingerprint FROM sealing_key WHERE purpose = 'bid-sealing'", String.class);
        if (!Files.exists(keyFile)) {
            Boolean sealedBids = jdbc.queryForObject(
                    "SELECT EXISTS (SELECT 1 FROM bid_view WHERE sealed_content IS NOT NULL)", Boolean.class);
            if (!recorded.isEmpty() || Boolean.TRUE.equals(sealedBids)) {
                throw new IllegalStateException("The bid sealing key " + keyFile.toAbsolutePath()
                        + " is missing, but the database holds bids sealed with a key"
                        + (recorded.isEmpty()
                                ? ""
                                : " whose fingerprint starts " + recorded.get(0).substring(0, 12))
                        + ". Restore the key file from the backup taken with the database (or point "
                        + "procurement.sealing.key-file at it); a new key would leave those bids unopenable.");
            }
        }
        byte[] bytes = loadOrCreate(keyFile);
        String fingerprint = fingerprint(bytes);
        jdbc.update(
                "INSERT INTO sealing_key (purpose, fingerprint) VALUES ('bid-sealing', ?) ON CONFLICT DO NOTHING",
                fingerprint);
        String expected =
                jdbc.queryForObject("SELECT fingerprint FROM sealing_key WHERE purpose = 'bid-sealing'", String.class);
        if (!fingerprint.equals(expected)) {
            throw new IllegalStateException("The bid sealing key " + keyFile.toAbsolutePath()
                    + " is not the key this database's bids were sealed with (fingerprint starts "
                    + expected.substring(0, 12) + "). Restore the right key file from the backup.");
        }
        return bytes;
    }

    private static String fingerprint(byte[] key) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update("procurement bid sealing key\n".getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha256.digest(key));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** SHA-256 (hex) of exactly the submitted bytes: the digest on the bidder's receipt. */
    public static String digest(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The sealed form: base64 of nonce followed by ciphertext and tag. */
    public String seal(UUID tenderId, String supplierId, byte[] content) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(binding(tenderId, supplierId));
            byte[] sealed = cipher.doFinal(content);
            byte[] out = new byte[NONCE_BYTES + sealed.length];
            System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
            System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
            return Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot seal the bid", e);
        }
    }

    /** The original content; fails if the sealed form was altered or belongs to another tender or bidder. */
    public byte[] unseal(UUID tenderId, String supplierId, String sealed) {
        try {
            byte[] in = Base64.getDecoder().decode(sealed);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
            cipher.updateAAD(binding(tenderId, supplierId));
            return cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A sealed bid of tender " + tenderId + " does not open", e);
        }
    }

    private static byte[] binding(UUID tenderId, String supplierId) {
        return (tenderId + "|" + supplierId).getBytes(StandardCharsets.UTF_8);
    }

    private byte[] loadOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                byte[] bytes = Files.readAllBytes(file);
                if (bytes.length != 32) {
                    throw new IllegalStateException("The bid sealing key " + file + " must hold 32 bytes");
                }
                return bytes;
            }
            byte[] fresh = new byte[32];
            random.nextBytes(fresh);
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Files.write(file, fresh);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // the file system has no POSIX permissions; the key stays readable as its folder allows
            }
            return fresh;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the bid sealing key " + file, e);
        }
    }
}
