package org.openprocurement.platform.audit.ledger;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

final class MerkleFixtures {

    static final HexFormat HEX = HexFormat.of();

    /** The eight leaves of the RFC 6962 reference test data used by Certificate Transparency implementations. */
    static final List<String> REFERENCE_LEAVES =
            List.of("", "00", "10", "2021", "3031", "40414243", "5051525354555657", "606162636465666768696a6b6c6d6e6f");

    private MerkleFixtures() {}

    record SampleTree(MerkleTree tree, List<byte[]> leafHashes) {

        byte[] leafHash(long index) {
            return leafHashes.get((int) index);
        }
    }

    static SampleTree randomTree(long seed, int size) {
        Random random = new Random(seed);
        MerkleTree tree = new MerkleTree();
        List<byte[]> leafHashes = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            byte[] leafData = new byte[random.nextInt(48)];
            random.nextBytes(leafData);
            tree.append(leafData);
            leafHashes.add(MerkleHashes.leafHash(leafData));
        }
        return new SampleTree(tree, List.copyOf(leafHashes));
    }

    static SampleTree referenceTree(int size) {
        MerkleTree tree = new MerkleTree();
        List<byte[]> leafHashes = new ArrayList<>();
        for (String leaf : REFERENCE_LEAVES.subList(0, size)) {
            tree.append(HEX.parseHex(leaf));
            leafHashes.add(MerkleHashes.leafHash(HEX.parseHex(leaf)));
        }
        return new SampleTree(tree, List.copyOf(leafHashes));
    }

    /** MTH(D[n]) written straight from RFC 9162 §2.1.1 over leaf hashes, as an oracle independent of the tree. */
    static byte[] referenceTreeHash(List<byte[]> leafHashes) {
        if (leafHashes.isEmpty()) {
            return MerkleHashes.emptyTreeHash();
        }
        if (leafHashes.size() == 1) {
            return leafHashes.get(0);
        }
        int k = Integer.highestOneBit(leafHashes.size() - 1);
        return MerkleHashes.nodeHash(
                referenceTreeHash(leafHashes.subList(0, k)),
                referenceTreeHash(leafHashes.subList(k, leafHashes.size())));
    }

    static List<String> hex(List<byte[]> hashes) {
        return hashes.stream().map(HEX::formatHex).toList();
    }

    static byte[] flipBit(byte[] hash, int bit) {
        byte[] flipped = hash.clone();
        flipped[bit / 8] ^= (byte) (1 << (bit % 8));
        return flipped;
    }

    static List<byte[]> replaced(List<byte[]> proof, int index, byte[] element) {
        List<byte[]> mutated = new ArrayList<>(proof);
        mutated.set(index, element);
        return mutated;
    }

    static List<byte[]> without(List<byte[]> proof, int index) {
        List<byte[]> mutated = new ArrayList<>(proof);
        mutated.remove(index);
        return mutated;
    }

    static List<byte[]> inserted(List<byte[]> proof, int index, byte[] element) {
        List<byte[]> mutated = new ArrayList<>(proof);
        mutated.add(index, element);
        return mutated;
    }

    static List<byte[]> swapped(List<byte[]> proof, int first, int second) {
        List<byte[]> mutated = new ArrayList<>(proof);
        mutated.set(first, proof.get(second));
        mutated.set(second, proof.get(first));
        return mutated;
    }

    static byte[] randomHash(Random random) {
        byte[] hash = new byte[MerkleHashes.HASH_LENGTH];
        random.nextBytes(hash);
        return hash;
    }
}
