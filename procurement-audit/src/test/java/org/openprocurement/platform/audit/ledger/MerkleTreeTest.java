package org.openprocurement.platform.audit.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openprocurement.platform.audit.ledger.MerkleFixtures.randomTree;
import static org.openprocurement.platform.audit.ledger.MerkleFixtures.referenceTreeHash;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MerkleTreeTest {

    @Test
    void appendsAreNumberedFromZero() {
        MerkleTree tree = new MerkleTree();

        assertThat(tree.append(new byte[] {1})).isZero();
        assertThat(tree.append(new byte[] {2})).isEqualTo(1);
        assertThat(tree.appendLeafHash(MerkleHashes.leafHash(new byte[] {3}))).isEqualTo(2);
        assertThat(tree.size()).isEqualTo(3);
    }

    @Test
    void anEmptyTreeHasTheEmptyTreeHashAsRoot() {
        MerkleTree tree = new MerkleTree();

        assertThat(tree.size()).isZero();
        assertThat(tree.root()).isEqualTo(MerkleHashes.emptyTreeHash());
        assertThat(tree.rootAt(0)).isEqualTo(MerkleHashes.emptyTreeHash());
        assertThat(tree.consistencyProof(0, 0)).isEmpty();
    }

    @Test
    void aOneLeafTreeHasItsLeafHashAsRootAndAnEmptyInclusionProof() {
        MerkleTree tree = new MerkleTree();
        tree.append(new byte[] {42});
        byte[] leafHash = MerkleHashes.leafHash(new byte[] {42});

        assertThat(tree.root()).isEqualTo(leafHash);
        assertThat(tree.inclusionProof(0, 1)).isEmpty();
        assertThat(MerkleProofs.verifyInclusion(0, 1, leafHash, List.of(), tree.root()))
                .isTrue();
    }

    @Test
    void everyRootMatchesTheTreeHashDefinition() {
        MerkleFixtures.SampleTree sample = randomTree(11, 200);

        for (int size = 0; size <= 200; size++) {
            assertThat(sample.tree().rootAt(size))
                    .as("root of %d leaves", size)
                    .isEqualTo(referenceTreeHash(sample.leafHashes().subList(0, size)));
        }
        assertThat(sample.tree().root()).isEqualTo(sample.tree().rootAt(200));
    }

    @Test
    void aTreeSpanningSeveralStorageChunksKeepsEveryHash() {
        MerkleFixtures.SampleTree sample = randomTree(12, 5_000);
        MerkleTree tree = sample.tree();

        assertThat(tree.root()).isEqualTo(referenceTreeHash(sample.leafHashes()));
        for (long leafIndex : new long[] {0, 1023, 1024, 2047, 2048, 4095, 4096, 4999}) {
            assertThat(MerkleProofs.verifyInclusion(
                            leafIndex,
                            5_000,
                            sample.leafHash(leafIndex),
                            tree.inclusionProof(leafIndex, 5_000),
                            tree.root()))
                    .isTrue();
        }
        assertThat(MerkleProofs.verifyConsistency(
                        1_025, 5_000, tree.rootAt(1_025), tree.root(), tree.consistencyProof(1_025, 5_000)))
                .isTrue();
    }

    @Test
    void laterAppendsLeaveEarlierTreeHeadsUnchanged() {
        MerkleFixtures.SampleTree sample = randomTree(13, 100);
        MerkleTree grown = randomTree(13, 150).tree();

        for (int size = 0; size <= 100; size++) {
            assertThat(grown.rootAt(size)).isEqualTo(sample.tree().rootAt(size));
        }
    }

    @Test
    void theTreeKeepsItsOwnCopyOfAnAppendedLeafHash() {
        MerkleTree tree = new MerkleTree();
        byte[] leafHash = MerkleHashes.leafHash(new byte[] {7});
        tree.appendLeafHash(leafHash);
        byte[] root = tree.root();

        leafHash[0] ^= 1;

        assertThat(tree.root()).isEqualTo(root);
    }

    @Nested
    class Refuses {

        private final MerkleTree tree = randomTree(14, 10).tree();

        @Test
        void aLeafHashThatIsNotThirtyTwoBytes() {
            assertThatThrownBy(() -> tree.appendLeafHash(new byte[31])).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> tree.appendLeafHash(null)).isInstanceOf(IllegalArgumentException.class);
            assertThat(tree.size()).isEqualTo(10);
        }

        @Test
        void aRootBeyondTheTree() {
            assertThatThrownBy(() -> tree.rootAt(11)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> tree.rootAt(-1)).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void anInclusionProofForALeafOutsideTheTreeSize() {
            assertThatThrownBy(() -> tree.inclusionProof(5, 5)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> tree.inclusionProof(-1, 5)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> tree.inclusionProof(0, 0)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> tree.inclusionProof(3, 11)).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void aConsistencyProofBetweenSizesOutOfOrderOrBeyondTheTree() {
            assertThatThrownBy(() -> tree.consistencyProof(6, 5)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> tree.consistencyProof(-1, 5)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> tree.consistencyProof(5, 11)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
