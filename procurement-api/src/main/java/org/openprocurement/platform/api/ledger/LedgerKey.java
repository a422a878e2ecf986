package org.openprocurement.platform.api.ledger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import org.openprocurement.platform.audit.ledger.SignedCheckpoint;
import org.springframework.stereotype.Component;

/**
 * The Ed25519 key that signs ledger checkpoints. It lives in a file outside the database, so that whoever
 * can rewrite the database cannot also sign a rewritten history. Created on first start; the public half is
 * published as a C2SP verifier key.
 */
@Component
class LedgerKey {

    private final String name;
    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    LedgerKey(LedgerProperties properties) {
        this.name = properties.keyName();
        KeyPair pair = loadOrCreate(properties.keyFile());
        this.privateKey = pair.getPrivate();
        this.publicKey = pair.getPublic();
    }

    String sign(SignedCheckpoint checkpoint) {
        return checkpoint.sign(name, privateKey, publicKey);
    }

    String verifierKey() {
        return SignedCheckpoint.verifierKey(name, publicKey);
    }

    private static KeyPair loadOrCreate(Path file) {
        try {
            KeyFactory factory = KeyFactory.getInstance("Ed25519");
            if (Files.exists(file)) {
                List<String> lines = Files.readAllLines(file);
                if (lines.size() < 2) {
                    throw new IllegalStateException("The ledger signing key " + file + " must hold two lines");
                }
                return new KeyPair(
                        factory.generatePublic(
                                new X509EncodedKeySpec(Base64.getDecoder().decode(lines.get(1)))),
                        factory.generatePrivate(
                                new PKCS8EncodedKeySpec(Base64.getDecoder().decode(lines.get(0)))));
            }
            KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(
                    file,
                    List.of(
                            Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()),
                            Base64.getEncoder().encodeToString(pair.getPublic().getEncoded())));
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // no POSIX permissions on this file system; the folder's protection applies
            }
            return pair;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the ledger signing key " + file, e);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("The ledger signing key " + file + " is not an Ed25519 key pair", e);
        }
    }
}
