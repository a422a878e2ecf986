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

class ConsistencyProofTest {

    private static final int MAX_SIZE = 200;
    private static final MerkleTree TREE = randomTree(31, MAX_SIZE).tree();

    private final Random random = new Random(32);

    @Test
    void everyProofVerifiesBetweenTheRootsOfItsSizes() {
        for (int newSize = 0; newSize <= MAX_SIZE; newSize++) {
            for (int oldSize = 0; oldSize <= newSize; oldSize++) {
                int m = oldSize;
                int n = newSize;
                assertThat(verify(m, n, TREE.consistencyProof(m, n)))
                        .as(() -> "from " + m + " to " + n)
                        .isTrue();
            }
        }
    }

    @Test
    void aProofWithOneFlippedBitIsRefused() {
        forEveryProperProof((m, n, proof) -> {
            for (int p = 0; p < proof.size(); p++) {
                List<byte[]> mutated = replaced(proof, p, flipBit(proof.get(p), random.nextInt(256)));
                assertRefused(verify(m, n, mutated), "flipped element " + p, m, n);
            }
        });
    }

    @Test
    void aProofWithADroppedOrAnAddedElementIsRefused() {
        forEveryProperProof((m, n, proof) -> {
            for (int p = 0; p < proof.size(); p++) {
                assertRefused(verify(m, n, without(proof, p)), "dropped " + p, m, n);
            }
            assertRefused(verify(m, n, inserted(proof, 0, randomHash(random))), "prepended", m, n);
            assertRefused(verify(m, n, inserted(proof, proof.size(), randomHash(random))), "appended", m, n);
            int anywhere = random.nextInt(proof.size() + 1);
            assertRefused(verify(m, n, inserted(proof, anywhere, randomHash(random))), "inserted", m, n);
            assertRefused(verify(m, n, inserted(proof, 0, TREE.rootAt(m))), "old root prepended", m, n);
        });
    }

    @Test
    void aProofWithItsElementsOutOfOrderIsRefused() {
        forEveryProperProof((m, n, proof) -> {
            for (int p = 0; p + 1 < proof.size(); p++) {
                assertRefused(verify(m, n, swapped(proof, p, p + 1)), "swapped at " + p, m, n);
            }
            if (proof.size() > 1) {
                assertRefused(verify(m, n, proof.reversed()), "reversed", m, n);
            }
        });
    }

    @Test
    void aProofAgainstAWrongRootIsRefused() {
        forEveryProperProof((m, n, proof) -> {
            byte[] oldRoot = TREE.rootAt(m);
            byte[] newRoot = TREE.rootAt(n);
            byte[] flippedOld = flipBit(oldRoot, random.nextInt(256));
            byte[] flippedNew = flipBit(newRoot, random.nextInt(256));
            assertRefused(MerkleProofs.verifyConsistency(m, n, flippedOld, newRoot, proof), "flipped old root", m, n);
            assertRefused(MerkleProofs.verifyConsistency(m, n, oldRoot, flippedNew, proof), "flipped new root", m, n);
            assertRefused(MerkleProofs.verifyConsistency(m, n, newRoot, oldRoot, proof), "roots swapped", m, n);
        });
    }

    // A tree head signs size and root together, so a wrong size is checked against that size's own root.
    @Test
    void aProofClaimedForOtherTreeSizesIsRefused() {
        forEveryProperProof((m, n, proof) -> {
            for (int otherOld : new int[] {0, m - 1, m + 1, n}) {
                if (otherOld != m && otherOld >= 0) {
                    assertRefused(verify(otherOld, n, proof), "claimed old size " + otherOld, m, n);
                }
            }
            for (int otherNew : new int[] {m, n - 1, n + 1}) {
                if (otherNew != n && otherNew >= m && otherNew <= MAX_SIZE) {
                    assertRefused(verify(m, otherNew, proof), "claimed new size " + otherNew, m, n);
                }
            }
        });
    }

    @Test
    void anEmptyProofIsRefusedBetweenDifferentNonEmptyTrees() {
        forEveryProperProof((m, n, proof) -> assertRefused(verify(m, n, List.of()), "empty proof", m, n));
    }

    private static boolean verify(int oldSize, int newSize, List<byte[]> proof) {
        return MerkleProofs.verifyConsistency(oldSize, newSize, TREE.rootAt(oldSize), TREE.rootAt(newSize), proof);
    }

    private static void assertRefused(boolean verified, String mutation, int oldSize, int newSize) {
        assertThat(verified)
                .as(() -> mutation + " from " + oldSize + " to " + newSize)
                .isFalse();
    }

    /** Every pair 0 < m < n, the range RFC 9162 §2.1.4 defines proofs for. */
    private static void forEveryProperProof(ProofCheck check) {
        for (int newSize = 2; newSize <= MAX_SIZE; newSize++) {
            for (int oldSize = 1; oldSize < newSize; oldSize++) {
                check.check(oldSize, newSize, TREE.consistencyProof(oldSize, newSize));
            }
        }
    }

    @FunctionalInterface
    private interface ProofCheck {
        void check(int oldSize, int newSize, List<byte[]> proof);
    }
}
