package org.openprocurement.platform.audit.ledger;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;

/** The RFC 9162 hash functions that seal audit events into the ledger's Merkle tree. */
public final class MerkleHashes {

    public static final int HASH_LENGTH = 32;

    // RFC 9162 §2.1.1: distinct prefixes keep a leaf hash from ever being passed off as a node hash.
    private static final byte LEAF_PREFIX = 0x00;
    private static final byte NODE_PREFIX = 0x01;

    // MessageDigest.getInstance costs a provider lookup; the ledger hashes twice per appended event.
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(MerkleHashes::newSha256);

    private MerkleHashes() {}

    public static byte[] emptyTreeHash() {
        return sha256().digest();
    }

    public static byte[] leafHash(byte[] leafData) {
        Objects.requireNonNull(leafData, "leafData");
        MessageDigest digest = sha256();
        digest.update(LEAF_PREFIX);
        digest.update(leafData);
        return digest.digest();
    }

    public static byte[] nodeHash(byte[] left, byte[] right) {
        requireHash(left, "left");
        requireHash(right, "right");
        MessageDigest digest = sha256();
        digest.update(NODE_PREFIX);
        digest.update(left);
        digest.update(right);
        return digest.digest();
    }

    static boolean isHash(byte[] candidate) {
        return candidate != null && candidate.length == HASH_LENGTH;
    }

    static void requireHash(byte[] candidate, String name) {
        if (!isHash(candidate)) {
            throw new IllegalArgumentException(name + " must be a " + HASH_LENGTH + "-byte SHA-256 hash");
        }
    }

    private static MessageDigest sha256() {
        MessageDigest digest = SHA_256.get();
        digest.reset();
        return digest;
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }
}
