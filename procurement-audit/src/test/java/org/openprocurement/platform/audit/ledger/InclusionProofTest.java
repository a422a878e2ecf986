package org.openprocurement.platform.audit.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openprocurement.platform.audit.ledger.MerkleFixtures.flipBit;
import static org.openprocurement.platform.audit.ledger.MerkleFixtures.inserted;
import static org.openprocurement.platform.audit.ledger.MerkleFixtures.randomHash;
import static org.openprocurement.platform.audit.ledger.MerkleFixtures.randomTree;
import static org.openprocurement.platform.audit.ledger.MerkleFixtures.replaced;
import static org.openprocurement.platform.audit.ledger.MerkleFixtures.swapped;
import static org.openprocurement.platform.audit.ledger.MerkleFixtures.without;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class InclusionProofTest {

    private static final int MAX_SIZE = 200;
    private static final MerkleFixtures.SampleTree SAMPLE = randomTree(21, MAX_SIZE);

    private final Random random = new Random(22);

    @Test
    void everyProofVerifiesAgainstTheRootOfItsTreeSize() {
        forEveryProof((leafIndex, treeSize, proof) -> assertThat(verify(leafIndex, treeSize, proof))
                .as(() -> "leaf " + leafIndex + " of " + treeSize)
                .isTrue());
    }

    @Test
    void aProofWithOneFlippedBitIsRefused() {
        forEveryProof((leafIndex, treeSize, proof) -> {
            for (int p = 0; p < proof.size(); p++) {
                List<byte[]> mutated = replaced(proof, p, flipBit(proof.get(p), random.nextInt(256)));
                assertRefused(verify(leafIndex, treeSize, mutated), "flipped element " + p, leafIndex, treeSize);
            }
        });
    }

    @Test
    void aProofWithADroppedOrAnAddedElementIsRefused() {
        forEveryProof((leafIndex, treeSize, proof) -> {
            for (int p = 0; p < proof.size(); p++) {
                assertRefused(verify(leafIndex, treeSize, without(proof, p)), "dropped " + p, leafIndex, treeSize);
            }
            List<byte[]> appended = inserted(proof, proof.size(), randomHash(random));
            assertRefused(verify(leafIndex, treeSize, appended), "appended", leafIndex, treeSize);
            List<byte[]> insertedAnywhere = inserted(proof, random.nextInt(proof.size() + 1), randomHash(random));
            assertRefused(verify(leafIndex, treeSize, insertedAnywhere), "inserted", leafIndex, treeSize);
        });
    }

    @Test
    void aProofWithItsElementsOutOfOrderIsRefused() {
        forEveryProof((leafIndex, treeSize, proof) -> {
            for (int p = 0; p + 1 < proof.size(); p++) {
                List<byte[]> mutated = swapped(proof, p, p + 1);
                assertRefused(verify(leafIndex, treeSize, mutated), "swapped at " + p, leafIndex, treeSize);
            }
            if (proof.size() > 1) {
                assertRefused(verify(leafIndex, treeSize, proof.reversed()), "reversed", leafIndex, treeSize);
            }
        });
    }

    @Test
    void aProofClaimedForAnotherLeafIndexIsRefused() {
        forEveryProof((leafIndex, treeSize, proof) -> {
            byte[] leafHash = SAMPLE.leafHash(leafIndex);
            byte[] root = SAMPLE.tree().rootAt(treeSize);
            if (treeSize > 1) {
                int other = (leafIndex + 1 + random.nextInt(treeSize - 1)) % treeSize;
                boolean verified = MerkleProofs.verifyInclusion(other, treeSize, leafHash, proof, root);
                assertRefused(verified, "claimed index " + other, leafIndex, treeSize);
            }
            boolean outside = MerkleProofs.verifyInclusion(treeSize, treeSize, leafHash, proof, root);
            assertRefused(outside, "index equal to the size", leafIndex, treeSize);
        });
    }

    // A tree head signs size and root together, and RFC 9162 §2.1.3.2 binds the size only through the path's
    // shape, so the wrong size is checked against that size's own root.
    @Test
    void aProofClaimedForAnotherTreeHeadIsRefused() {
        forEveryProof((leafIndex, treeSize, proof) -> {
            byte[] leafHash = SAMPLE.leafHash(leafIndex);
            for (int otherSize : new int[] {treeSize - 1, treeSize + 1}) {
                if (otherSize > leafIndex && otherSize <= MAX_SIZE) {
                    byte[] otherRoot = SAMPLE.tree().rootAt(otherSize);
                    boolean verified = MerkleProofs.verifyInclusion(leafIndex, otherSize, leafHash, proof, otherRoot);
                    assertRefused(verified, "claimed size " + otherSize, leafIndex, treeSize);
                }
            }
            byte[] flippedRoot = flipBit(SAMPLE.tree().rootAt(treeSize), random.nextInt(256));
            boolean verified = MerkleProofs.verifyInclusion(leafIndex, treeSize, leafHash, proof, flippedRoot);
            assertRefused(verified, "flipped root", leafIndex, treeSize);
        });
    }

    @Test
    void aProofForAnotherLeafHashIsRefused() {
        forEveryProof((leafIndex, treeSize, proof) -> {
            byte[] otherLeaf = flipBit(SAMPLE.leafHash(leafIndex), random.nextInt(256));
            byte[] root = SAMPLE.tree().rootAt(treeSize);
            boolean verified = MerkleProofs.verifyInclusion(leafIndex, treeSize, otherLeaf, proof, root);
            assertRefused(verified, "flipped leaf hash", leafIndex, treeSize);
        });
    }

    private static boolean verify(int leafIndex, int treeSize, List<byte[]> proof) {
        return MerkleProofs.verifyInclusion(
                leafIndex,
                treeSize,
                SAMPLE.leafHash(leafIndex),
                proof,
                SAMPLE.tree().rootAt(treeSize));
    }

    private static void assertRefused(boolean verified, String mutation, int leafIndex, int treeSize) {
        assertThat(verified)
                .as(() -> mutation + " for leaf " + leafIndex + " of " + treeSize)
                .isFalse();
    }

    private static void forEveryProof(ProofCheck check) {
        for (int treeSize = 1; treeSize <= MAX_SIZE; treeSize++) {
            for (int leafIndex = 0; leafIndex < treeSize; leafIndex++) {
                check.check(leafIndex, treeSize, SAMPLE.tree().inclusionProof(leafIndex, treeSize));
            }
        }
    }

    @FunctionalInterface
    private interface ProofCheck {
        void check(int leafIndex, int treeSize, List<byte[]> proof);
    }
}
