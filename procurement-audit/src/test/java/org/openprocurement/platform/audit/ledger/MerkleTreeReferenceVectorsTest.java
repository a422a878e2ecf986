package org.openprocurement.platform.audit.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openprocurement.platform.audit.ledger.MerkleFixtures.HEX;
import static org.openprocurement.platform.audit.ledger.MerkleFixtures.REFERENCE_LEAVES;
import static org.openprocurement.platform.audit.ledger.MerkleFixtures.hex;
import static org.openprocurement.platform.audit.ledger.MerkleFixtures.referenceTree;

import java.util.List;
import org.junit.jupiter.api.Test;

class MerkleTreeReferenceVectorsTest {

    /** Roots of the trees over the first 0..8 reference leaves. */
    private static final List<String> REFERENCE_ROOTS = List.of(
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
            "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
            "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
            "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");

    private final MerkleFixtures.SampleTree sample = referenceTree(7);
    private final byte[] a = sample.leafHash(0);
    private final byte[] b = sample.leafHash(1);
    private final byte[] c = sample.leafHash(2);
    private final byte[] d = sample.leafHash(3);
    private final byte[] e = sample.leafHash(4);
    private final byte[] f = sample.leafHash(5);
    private final byte[] j = sample.leafHash(6);
    private final byte[] g = MerkleHashes.nodeHash(a, b);
    private final byte[] h = MerkleHashes.nodeHash(c, d);
    private final byte[] i = MerkleHashes.nodeHash(e, f);
    private final byte[] k = MerkleHashes.nodeHash(g, h);
    private final byte[] l = MerkleHashes.nodeHash(i, j);

    @Test
    void theRootAfterEachAppendMatchesTheReferenceRoot() {
        MerkleTree tree = new MerkleTree();
        assertThat(HEX.formatHex(tree.root())).isEqualTo(REFERENCE_ROOTS.get(0));

        for (String leaf : REFERENCE_LEAVES) {
            tree.append(HEX.parseHex(leaf));
            assertThat(HEX.formatHex(tree.root())).isEqualTo(REFERENCE_ROOTS.get((int) tree.size()));
        }
    }

    @Test
    void everyEarlierReferenceRootCanBeRecomputedFromTheFullTree() {
        MerkleTree tree = referenceTree(8).tree();

        for (int size = 0; size <= 8; size++) {
            assertThat(HEX.formatHex(tree.rootAt(size))).isEqualTo(REFERENCE_ROOTS.get(size));
        }
    }

    @Test
    void appendingTheLeafHashesGivesTheSameRootsAsAppendingTheData() {
        MerkleTree tree = new MerkleTree();

        for (String leaf : REFERENCE_LEAVES) {
            tree.appendLeafHash(MerkleHashes.leafHash(HEX.parseHex(leaf)));
            assertThat(HEX.formatHex(tree.root())).isEqualTo(REFERENCE_ROOTS.get((int) tree.size()));
        }
    }

    // RFC 9162 §2.1.5 draws this seven-leaf tree and lists its audit paths.
    @Test
    void inclusionProofsAreTheAuditPathsOfTheRfcExample() {
        MerkleTree tree = sample.tree();

        assertThat(hex(tree.inclusionProof(0, 7))).containsExactlyElementsOf(hex(List.of(b, h, l)));
        assertThat(hex(tree.inclusionProof(3, 7))).containsExactlyElementsOf(hex(List.of(c, g, l)));
        assertThat(hex(tree.inclusionProof(4, 7))).containsExactlyElementsOf(hex(List.of(f, j, k)));
        assertThat(hex(tree.inclusionProof(6, 7))).containsExactlyElementsOf(hex(List.of(i, k)));
        assertThat(HEX.formatHex(tree.root())).isEqualTo(REFERENCE_ROOTS.get(7));
        assertThat(MerkleProofs.verifyInclusion(4, 7, e, List.of(f, j, k), tree.root()))
                .isTrue();
    }

    // RFC 9162 §2.1.5 lists the consistency proofs of the same tree grown in steps of 3, 4 and 6 leaves.
    @Test
    void consistencyProofsAreTheProofsOfTheRfcExample() {
        MerkleTree tree = sample.tree();

        assertThat(hex(tree.consistencyProof(3, 7))).containsExactlyElementsOf(hex(List.of(c, d, g, l)));
        assertThat(hex(tree.consistencyProof(4, 7))).containsExactlyElementsOf(hex(List.of(l)));
        assertThat(hex(tree.consistencyProof(6, 7))).containsExactlyElementsOf(hex(List.of(i, j, k)));
        assertThat(MerkleProofs.verifyConsistency(3, 7, MerkleHashes.nodeHash(g, c), tree.root(), List.of(c, d, g, l)))
                .isTrue();
        assertThat(MerkleProofs.verifyConsistency(4, 7, k, tree.root(), List.of(l)))
                .isTrue();
        assertThat(MerkleProofs.verifyConsistency(6, 7, MerkleHashes.nodeHash(k, i), tree.root(), List.of(i, j, k)))
                .isTrue();
    }
}
