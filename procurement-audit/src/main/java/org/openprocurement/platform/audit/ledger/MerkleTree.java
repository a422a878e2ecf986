package org.openprocurement.platform.audit.ledger;

import java.util.ArrayList;
import java.util.List;

/** An in-memory, append-only RFC 9162 Merkle tree of audit events that yields tree heads and proofs; not thread-safe. */
public final class MerkleTree {

    // levels.get(l) holds MTH of every complete, aligned subtree of 2^l leaves (level 0: the leaf hashes). The
    // right edge of these levels is the frontier, and keeping the inner nodes makes a proof O(log n) lookups
    // instead of rehashing O(n) leaves.
    private final List<HashStore> levels = new ArrayList<>();
    private long size;

    public long append(byte[] leafData) {
        return appendLeafHash(MerkleHashes.leafHash(leafData));
    }

    public long appendLeafHash(byte[] leafHash) {
        MerkleHashes.requireHash(leafHash, "leafHash");
        long leafIndex = size;
        byte[] hash = leafHash;
        int level = 0;
        storeNode(level, hash);
        // Like a binary counter's carry: each trailing one bit of the index closes a complete subtree.
        for (long position = leafIndex; (position & 1) == 1; position >>>= 1) {
            hash = MerkleHashes.nodeHash(levels.get(level).get(position - 1), hash);
            level++;
            storeNode(level, hash);
        }
        size++;
        return leafIndex;
    }

    public long size() {
        return size;
    }

    public byte[] root() {
        return rootAt(size);
    }

    public byte[] rootAt(long treeSize) {
        requireRange(0, treeSize, size, "treeSize");
        return treeSize == 0 ? MerkleHashes.emptyTreeHash() : subtreeHash(0, treeSize);
    }

    public List<byte[]> inclusionProof(long leafIndex, long treeSize) {
        requireRange(1, treeSize, size, "treeSize");
        requireRange(0, leafIndex, treeSize - 1, "leafIndex");
        List<byte[]> proof = new ArrayList<>();
        path(leafIndex, 0, treeSize, proof);
        return List.copyOf(proof);
    }

    public List<byte[]> consistencyProof(long oldSize, long newSize) {
        requireRange(0, newSize, size, "newSize");
        requireRange(0, oldSize, newSize, "oldSize");
        // RFC 9162 §2.1.4.1 defines PROOF for 0 < m < n only; an empty or unchanged tree is consistent
        // with its extension without any hash, so both get the empty proof.
        if (oldSize == 0 || oldSize == newSize) {
            return List.of();
        }
        List<byte[]> proof = new ArrayList<>();
        subproof(oldSize, 0, newSize, true, proof);
        return List.copyOf(proof);
    }

    // RFC 9162 §2.1.3.1 PATH(m, D[start:end]), with m an absolute leaf index.
    private void path(long m, long start, long end, List<byte[]> proof) {
        if (end - start == 1) {
            return;
        }
        long split = start + largestPowerOfTwoBelow(end - start);
        if (m < split) {
            path(m, start, split, proof);
            proof.add(subtreeHash(split, end));
        } else {
            path(m, split, end, proof);
            proof.add(subtreeHash(start, split));
        }
    }

    // RFC 9162 §2.1.4.1 SUBPROOF(m, D[start:end], b), with m the absolute size of the old tree. While b holds,
    // the subtree is the old tree itself, whose root the verifier already has, so it is left out.
    private void subproof(long m, long start, long end, boolean b, List<byte[]> proof) {
        if (m == end) {
            if (!b) {
                proof.add(subtreeHash(start, end));
            }
            return;
        }
        long split = start + largestPowerOfTwoBelow(end - start);
        if (m <= split) {
            subproof(m, start, split, b, proof);
            proof.add(subtreeHash(split, end));
        } else {
            subproof(m, split, end, false, proof);
            proof.add(subtreeHash(start, split));
        }
    }

    // RFC 9162 §2.1.1 MTH(D[start:end]) for a non-empty range, read from the stored levels where the range is
    // a complete aligned subtree; ranges produced by the RFC's splits always reach one within O(log n) steps.
    private byte[] subtreeHash(long start, long end) {
        long width = end - start;
        if (Long.bitCount(width) == 1 && (start & (width - 1)) == 0) {
            int level = Long.numberOfTrailingZeros(width);
            return levels.get(level).get(start >>> level);
        }
        long split = start + largestPowerOfTwoBelow(width);
        return MerkleHashes.nodeHash(subtreeHash(start, split), subtreeHash(split, end));
    }

    private void storeNode(int level, byte[] hash) {
        if (level == levels.size()) {
            levels.add(new HashStore());
        }
        levels.get(level).add(hash);
    }

    // RFC 9162 §2.1.1: k is the largest power of two smaller than n, for n > 1.
    private static long largestPowerOfTwoBelow(long n) {
        return Long.highestOneBit(n - 1);
    }

    private static void requireRange(long min, long value, long max, String name) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " " + value + " is outside [" + min + ", " + max + "]");
        }
    }
}
