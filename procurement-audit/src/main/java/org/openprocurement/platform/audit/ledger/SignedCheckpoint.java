package org.openprocurement.platform.audit.ledger;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * A ledger tree head in the C2SP {@code tlog-checkpoint} text format, signed as a C2SP signed note with
 * Ed25519: the body is the origin line, the tree size in decimal and the base64 root hash, each ending in a
 * newline; a blank line follows, then one line {@code — <key name> <base64(key id ‖ signature)>} where the key
 * id is the first four bytes of SHA-256(key name ‖ "\n" ‖ 0x01 ‖ public key).
 *
 * @param origin the log's unique name, the first line of the body
 * @param treeSize number of leaves
 * @param rootHash RFC 9162 root of those leaves
 */
public record SignedCheckpoint(String origin, long treeSize, byte[] rootHash) {

    private static final byte ED25519 = 0x01;
    // An X.509 SubjectPublicKeyInfo for Ed25519 is this fixed prefix followed by the 32-byte key.
    private static final byte[] ED25519_SPKI_PREFIX = {
        0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00
    };

    public SignedCheckpoint {
        if (origin == null || origin.isBlank() || origin.contains("\n")) {
            throw new IllegalArgumentException("The origin is one non-empty line");
        }
        MerkleHashes.requireHash(rootHash, "rootHash");
        rootHash = rootHash.clone();
    }

    @Override
    public byte[] rootHash() {
        return rootHash.clone();
    }

    /** The signed part of the note. */
    public String body() {
        return origin + "\n" + treeSize + "\n" + Base64.getEncoder().encodeToString(rootHash) + "\n";
    }

    /** The whole note, body and signature line, signed with {@code key} under {@code keyName}. */
    public String sign(String keyName, PrivateKey key, PublicKey publicKey) {
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(key);
            signer.update(body().getBytes(StandardCharsets.UTF_8));
            byte[] signature = signer.sign();
            byte[] line = concat(keyId(keyName, rawKey(publicKey)), signature);
            return body() + "\n— " + keyName + " " + Base64.getEncoder().encodeToString(line) + "\n";
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    /** The C2SP verifier key of {@code publicKey}: {@code <name>+<key id hex>+<base64(0x01 ‖ key)>}. */
    public static String verifierKey(String keyName, PublicKey publicKey) {
        byte[] raw = rawKey(publicKey);
        return keyName + "+" + java.util.HexFormat.of().formatHex(keyId(keyName, raw)) + "+"
                + Base64.getEncoder().encodeToString(concat(new byte[] {ED25519}, raw));
    }

    /**
     * Reads a signed note and checks its signature by {@code verifierKey}; empty when the note is malformed,
     * carries no signature by that key, or the signature does not verify.
     */
    public static Optional<SignedCheckpoint> verify(String note, String verifierKey) {
        try {
            String[] key = verifierKey.split("\\+", 3);
            if (key.length != 3) {
                return Optional.empty();
            }
            byte[] typedKey = Base64.getDecoder().decode(key[2]);
            if (typedKey.length != 33 || typedKey[0] != ED25519) {
                return Optional.empty();
            }
            byte[] raw = Arrays.copyOfRange(typedKey, 1, 33);
            byte[] id = keyId(key[0], raw);
            int split = note.indexOf("\n\n");
            if (split < 0) {
                return Optional.empty();
            }
            String body = note.substring(0, split + 1);
            String[] lines = body.split("\n", -1);
            if (lines.length != 4 || !lines[3].isEmpty()) {
                return Optional.empty();
            }
            SignedCheckpoint checkpoint = new SignedCheckpoint(
                    lines[0], Long.parseLong(lines[1]), Base64.getDecoder().decode(lines[2]));
            if (!checkpoint.body().equals(body)) {
                return Optional.empty();
            }
            PublicKey publicKey = KeyFactory.getInstance("Ed25519")
                    .generatePublic(new X509EncodedKeySpec(concat(ED25519_SPKI_PREFIX, raw)));
            for (String line : note.substring(split + 2).split("\n")) {
                String prefix = "— " + key[0] + " ";
                if (!line.startsWith(prefix)) {
                    continue;
                }
                byte[] signed = Base64.getDecoder().decode(line.substring(prefix.length()));
                if (signed.length != 4 + 64 || !Arrays.equals(Arrays.copyOf(signed, 4), id)) {
                    continue;
                }
                Signature verifier = Signature.getInstance("Ed25519");
                verifier.initVerify(publicKey);
                verifier.update(body.getBytes(StandardCharsets.UTF_8));
                if (verifier.verify(Arrays.copyOfRange(signed, 4, signed.length))) {
                    return Optional.of(checkpoint);
                }
            }
            return Optional.empty();
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            return Optional.empty();
        }
    }

    private static byte[] keyId(String keyName, byte[] rawKey) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(keyName.getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) '\n');
            sha256.update(ED25519);
            sha256.update(rawKey);
            return Arrays.copyOf(sha256.digest(), 4);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] rawKey(PublicKey publicKey) {
        byte[] encoded = publicKey.getEncoded();
        if (encoded.length != ED25519_SPKI_PREFIX.length + 32
                || !Arrays.equals(Arrays.copyOf(encoded, ED25519_SPKI_PREFIX.length), ED25519_SPKI_PREFIX)) {
            throw new IllegalArgumentException("Not an Ed25519 public key");
        }
        return Arrays.copyOfRange(encoded, ED25519_SPKI_PREFIX.length, encoded.length);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
