package org.openprocurement.platform.audit.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openprocurement.platform.audit.ledger.MerkleFixtures.HEX;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.junit.jupiter.api.Test;

class MerkleHashesTest {

    private static final byte[] LEFT = HEX.parseHex("00".repeat(31) + "0a");
    private static final byte[] RIGHT = HEX.parseHex("ff".repeat(31) + "0b");

    @Test
    void theEmptyTreeHashesToTheSha256OfNothing() {
        assertThat(HEX.formatHex(MerkleHashes.emptyTreeHash()))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void aLeafIsHashedBehindTheZeroPrefix() throws NoSuchAlgorithmException {
        byte[] data = HEX.parseHex("2021");

        assertThat(MerkleHashes.leafHash(data)).isEqualTo(sha256(HEX.parseHex("002021")));
        assertThat(HEX.formatHex(MerkleHashes.leafHash(new byte[0])))
                .isEqualTo("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d");
    }

    @Test
    void aNodeIsHashedBehindTheOnePrefix() throws NoSuchAlgorithmException {
        byte[] concatenation = new byte[65];
        concatenation[0] = 0x01;
        System.arraycopy(LEFT, 0, concatenation, 1, 32);
        System.arraycopy(RIGHT, 0, concatenation, 33, 32);

        assertThat(MerkleHashes.nodeHash(LEFT, RIGHT)).isEqualTo(sha256(concatenation));
        assertThat(MerkleHashes.nodeHash(RIGHT, LEFT)).isNotEqualTo(MerkleHashes.nodeHash(LEFT, RIGHT));
    }

    @Test
    void aLeafNeverCollidesWithTheNodeOverTheSameBytes() {
        byte[] children = new byte[64];
        System.arraycopy(LEFT, 0, children, 0, 32);
        System.arraycopy(RIGHT, 0, children, 32, 32);

        assertThat(MerkleHashes.leafHash(children)).isNotEqualTo(MerkleHashes.nodeHash(LEFT, RIGHT));
    }

    @Test
    void aNodeIsOnlyBuiltFromTwoHashes() {
        assertThatThrownBy(() -> MerkleHashes.nodeHash(new byte[31], RIGHT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MerkleHashes.nodeHash(LEFT, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRefusedInputDoesNotTaintTheNextHash() {
        byte[] expected = MerkleHashes.leafHash(new byte[0]);

        assertThatThrownBy(() -> MerkleHashes.leafHash(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> MerkleHashes.nodeHash(LEFT, new byte[33]))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(MerkleHashes.leafHash(new byte[0])).isEqualTo(expected);
    }

    private static byte[] sha256(byte[] input) throws NoSuchAlgorithmException {
        return MessageDigest.getInstance("SHA-256").digest(input);
    }
}
