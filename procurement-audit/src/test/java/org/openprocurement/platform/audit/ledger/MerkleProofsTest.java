package org.openprocurement.platform.audit.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openprocurement.platform.audit.ledger.MerkleFixtures.randomTree;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MerkleProofsTest {

    private static final MerkleFixtures.SampleTree SAMPLE = randomTree(41, 16);
    private static final MerkleTree TREE = SAMPLE.tree();
    private static final byte[] EMPTY_ROOT = MerkleHashes.emptyTreeHash();

    @Nested
    class BetweenTreesOfTheSameSize {

        @Test
        void anEmptyProofAndEqualRootsAreConsistent() {
            for (int size = 0; size <= 16; size++) {
                assertThat(TREE.consistencyProof(size, size)).isEmpty();
                assertThat(MerkleProofs.verifyConsistency(size, size, TREE.rootAt(size), TREE.rootAt(size), List.of()))
                        .isTrue();
            }
        }

        @Test
        void differentRootsAreNot() {
            assertThat(MerkleProofs.verifyConsistency(5, 5, TREE.rootAt(5), TREE.rootAt(6), List.of()))
                    .isFalse();
            assertThat(MerkleProofs.verifyConsistency(1, 1, TREE.rootAt(1), TREE.rootAt(2), List.of()))
                    .isFalse();
        }

        @Test
        void anyProofElementIsRefused() {
            List<byte[]> proof = List.of(TREE.rootAt(5));

            assertThat(MerkleProofs.verifyConsistency(5, 5, TREE.rootAt(5), TREE.rootAt(5), proof))
                    .isFalse();
        }

        @Test
        void twoEmptyTreesMustBothCarryTheEmptyTreeHash() {
            assertThat(MerkleProofs.verifyConsistency(0, 0, EMPTY_ROOT, EMPTY_ROOT, List.of()))
                    .isTrue();
            assertThat(MerkleProofs.verifyConsistency(0, 0, TREE.rootAt(1), TREE.rootAt(1), List.of()))
                    .isFalse();
        }
    }

    @Nested
    class FromTheEmptyTree {

        @Test
        void everyTreeIsConsistentWithAnEmptyProof() {
            for (int size = 1; size <= 16; size++) {
                assertThat(TREE.consistencyProof(0, size)).isEmpty();
                assertThat(MerkleProofs.verifyConsistency(0, size, EMPTY_ROOT, TREE.rootAt(size), List.of()))
                        .isTrue();
            }
        }

        @Test
        void anOldRootOtherThanTheEmptyTreeHashIsRefused() {
            assertThat(MerkleProofs.verifyConsistency(0, 4, TREE.rootAt(1), TREE.rootAt(4), List.of()))
                    .isFalse();
        }

        @Test
        void anyProofElementIsRefused() {
            assertThat(MerkleProofs.verifyConsistency(0, 4, EMPTY_ROOT, TREE.rootAt(4), List.of(EMPTY_ROOT)))
                    .isFalse();
        }
    }

    @Nested
    class MalformedInputIsRefusedWithoutThrowing {

        private final byte[] leaf = SAMPLE.leafHash(2);
        private final List<byte[]> inclusion = TREE.inclusionProof(2, 8);
        private final List<byte[]> consistency = TREE.consistencyProof(3, 8);

        @Test
        void inclusionWithALeafIndexOutsideTheTree() {
            assertThat(MerkleProofs.verifyInclusion(-1, 8, leaf, inclusion, TREE.rootAt(8)))
                    .isFalse();
            assertThat(MerkleProofs.verifyInclusion(8, 8, leaf, inclusion, TREE.rootAt(8)))
                    .isFalse();
            assertThat(MerkleProofs.verifyInclusion(0, 0, leaf, List.of(), EMPTY_ROOT))
                    .isFalse();
            assertThat(MerkleProofs.verifyInclusion(2, -8, leaf, inclusion, TREE.rootAt(8)))
                    .isFalse();
        }

        @Test
        void inclusionWithMissingOrMisshapenHashes() {
            assertThat(MerkleProofs.verifyInclusion(2, 8, null, inclusion, TREE.rootAt(8)))
                    .isFalse();
            assertThat(MerkleProofs.verifyInclusion(2, 8, leaf, null, TREE.rootAt(8)))
                    .isFalse();
            assertThat(MerkleProofs.verifyInclusion(2, 8, leaf, inclusion, null))
                    .isFalse();
            assertThat(MerkleProofs.verifyInclusion(2, 8, Arrays.copyOf(leaf, 31), inclusion, TREE.rootAt(8)))
                    .isFalse();
            assertThat(MerkleProofs.verifyInclusion(2, 8, leaf, withNullAt(inclusion, 1), TREE.rootAt(8)))
                    .isFalse();
            assertThat(MerkleProofs.verifyInclusion(2, 8, leaf, truncatedAt(inclusion, 1), TREE.rootAt(8)))
                    .isFalse();
        }

        @Test
        void inclusionInATreeTooLargeForItsProof() {
            assertThat(MerkleProofs.verifyInclusion(2, Long.MAX_VALUE, leaf, inclusion, TREE.rootAt(8)))
                    .isFalse();
        }

        @Test
        void consistencyWithSizesOutOfOrder() {
            assertThat(MerkleProofs.verifyConsistency(8, 3, TREE.rootAt(8), TREE.rootAt(3), consistency))
                    .isFalse();
            assertThat(MerkleProofs.verifyConsistency(-3, 8, TREE.rootAt(3), TREE.rootAt(8), consistency))
                    .isFalse();
            assertThat(MerkleProofs.verifyConsistency(3, Long.MAX_VALUE, TREE.rootAt(3), TREE.rootAt(8), consistency))
                    .isFalse();
        }

        @Test
        void consistencyWithMissingOrMisshapenHashes() {
            byte[] oldRoot = TREE.rootAt(3);
            byte[] newRoot = TREE.rootAt(8);

            assertThat(MerkleProofs.verifyConsistency(3, 8, null, newRoot, consistency))
                    .isFalse();
            assertThat(MerkleProofs.verifyConsistency(3, 8, oldRoot, new byte[33], consistency))
                    .isFalse();
            assertThat(MerkleProofs.verifyConsistency(3, 8, oldRoot, newRoot, null))
                    .isFalse();
            assertThat(MerkleProofs.verifyConsistency(3, 8, oldRoot, newRoot, withNullAt(consistency, 0)))
                    .isFalse();
            assertThat(MerkleProofs.verifyConsistency(3, 8, oldRoot, newRoot, truncatedAt(consistency, 2)))
                    .isFalse();
            assertThat(MerkleProofs.verifyConsistency(0, 0, null, null, List.of()))
                    .isFalse();
        }

        private static List<byte[]> withNullAt(List<byte[]> proof, int index) {
            List<byte[]> mutated = new ArrayList<>(proof);
            mutated.set(index, null);
            return mutated;
        }

        private static List<byte[]> truncatedAt(List<byte[]> proof, int index) {
            List<byte[]> mutated = new ArrayList<>(proof);
            mutated.set(index, Arrays.copyOf(proof.get(index), 16));
            return mutated;
        }
    }
}
