package org.openprocurement.platform.audit.ledger;

import java.util.Arrays;
import java.util.Objects;

/** An append-only, long-indexed store of 32-byte hashes. */
final class HashStore {

    // Fixed-size chunks keep every array small and let the index outgrow what one byte[] can address.
    private static final int CHUNK_BITS = 10;
    private static final int CHUNK_ENTRIES = 1 << CHUNK_BITS;
    private static final int CHUNK_MASK = CHUNK_ENTRIES - 1;

    private byte[][] chunks = new byte[1][];
    private long size;

    long size() {
        return size;
    }

    void add(byte[] hash) {
        MerkleHashes.requireHash(hash, "hash");
        int chunk = (int) (size >>> CHUNK_BITS);
        if (chunk == chunks.length) {
            chunks = Arrays.copyOf(chunks, chunks.length * 2);
        }
        if (chunks[chunk] == null) {
            chunks[chunk] = new byte[CHUNK_ENTRIES * MerkleHashes.HASH_LENGTH];
        }
        System.arraycopy(hash, 0, chunks[chunk], offsetInChunk(size), MerkleHashes.HASH_LENGTH);
        size++;
    }

    byte[] get(long index) {
        Objects.checkIndex(index, size);
        int from = offsetInChunk(index);
        return Arrays.copyOfRange(chunks[(int) (index >>> CHUNK_BITS)], from, from + MerkleHashes.HASH_LENGTH);
    }

    private static int offsetInChunk(long index) {
        return ((int) index & CHUNK_MASK) * MerkleHashes.HASH_LENGTH;
    }
}
