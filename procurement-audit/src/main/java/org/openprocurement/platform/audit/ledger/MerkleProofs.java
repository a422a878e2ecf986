package org.openprocurement.platform.audit.ledger;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

/** Stateless RFC 9162 verifiers with which an auditor checks inclusion and consistency proofs against tree heads. */
public final class MerkleProofs {

    private MerkleProofs() {}

    // RFC 9162 §2.1.3.2; the tree size is bound only through the shape of the path, so the caller must take
    // treeSize and expectedRoot from the same tree head.
    public static boolean verifyInclusion(
            long leafIndex, long treeSize, byte[] leafHash, List<byte[]> proof, byte[] expectedRoot) {
        if (leafIndex < 0 || leafIndex >= treeSize || !isHash(leafHash) || !isHash(expectedRoot) || !areHashes(proof)) {
            return false;
        }
        long fn = leafIndex;
        long sn = treeSize - 1;
        byte[] r = leafHash;
        for (byte[] p : proof) {
            if (sn == 0) {
                return false;
            }
            if (isOdd(fn) || fn == sn) {
                r = MerkleHashes.nodeHash(p, r);
                while (fn != 0 && !isOdd(fn)) {
                    fn >>>= 1;
                    sn >>>= 1;
                }
            } else {
                r = MerkleHashes.nodeHash(r, p);
            }
            fn >>>= 1;
            sn >>>= 1;
        }
        return sn == 0 && MessageDigest.isEqual(r, expectedRoot);
    }

    public static boolean verifyConsistency(
            long oldSize, long newSize, byte[] oldRoot, byte[] newRoot, List<byte[]> proof) {
        if (oldSize < 0 || oldSize > newSize || !isHash(oldRoot) || !isHash(newRoot) || !areHashes(proof)) {
            return false;
        }
        // RFC 9162 §2.1.4.2 covers 0 < m < n; the tree generator sends the empty proof for the other cases.
        if (oldSize == newSize) {
            return proof.isEmpty()
                    && MessageDigest.isEqual(oldRoot, newRoot)
                    && (oldSize > 0 || MessageDigest.isEqual(oldRoot, MerkleHashes.emptyTreeHash()));
        }
        if (oldSize == 0) {
            return proof.isEmpty() && MessageDigest.isEqual(oldRoot, MerkleHashes.emptyTreeHash());
        }
        return verifyConsistencyPath(oldSize, newSize, oldRoot, newRoot, proof);
    }

    // RFC 9162 §2.1.4.2, steps 1 to 4, for 0 < first < second.
    private static boolean verifyConsistencyPath(
            long first, long second, byte[] firstHash, byte[] secondHash, List<byte[]> proof) {
        if (proof.isEmpty()) {
            return false;
        }
        List<byte[]> path = new ArrayList<>(proof.size() + 1);
        if (Long.bitCount(first) == 1) {
            path.add(firstHash);
        }
        path.addAll(proof);
        long fn = first - 1;
        long sn = second - 1;
        while (isOdd(fn)) {
            fn >>>= 1;
            sn >>>= 1;
        }
        return consistencyPathMatches(fn, sn, path, firstHash, secondHash);
    }

    // RFC 9162 §2.1.4.2, steps 5 to 7.
    private static boolean consistencyPathMatches(
            long fn, long sn, List<byte[]> path, byte[] firstHash, byte[] secondHash) {
        byte[] fr = path.get(0);
        byte[] sr = path.get(0);
        for (byte[] c : path.subList(1, path.size())) {
            if (sn == 0) {
                return false;
            }
            if (isOdd(fn) || fn == sn) {
                fr = MerkleHashes.nodeHash(c, fr);
                sr = MerkleHashes.nodeHash(c, sr);
                while (fn != 0 && !isOdd(fn)) {
                    fn >>>= 1;
                    sn >>>= 1;
                }
            } else {
                sr = MerkleHashes.nodeHash(sr, c);
            }
            fn >>>= 1;
            sn >>>= 1;
        }
        return sn == 0 && MessageDigest.isEqual(fr, firstHash) && MessageDigest.isEqual(sr, secondHash);
    }

    private static boolean isHash(byte[] candidate) {
        return MerkleHashes.isHash(candidate);
    }

    private static boolean areHashes(List<byte[]> proof) {
        if (proof == null) {
            return false;
        }
        for (byte[] element : proof) {
            if (!isHash(element)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isOdd(long value) {
        return (value & 1) == 1;
    }
}
