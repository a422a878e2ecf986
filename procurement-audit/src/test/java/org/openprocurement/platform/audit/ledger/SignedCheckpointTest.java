package org.openprocurement.platform.audit.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SignedCheckpointTest {

    private static final byte[] ROOT = MerkleHashes.leafHash(new byte[] {1, 2, 3});

    private final KeyPair key = generate();
    private final SignedCheckpoint checkpoint = new SignedCheckpoint("procurement.example/ledger", 42, ROOT);
    private final String verifierKey = SignedCheckpoint.verifierKey("procurement.example", key.getPublic());

    @Test
    void theNoteIsTheC2spCheckpointBodyThenABlankLineThenOneSignatureLine() {
        String note = checkpoint.sign("procurement.example", key.getPrivate(), key.getPublic());

        String[] lines = note.split("\n", -1);
        assertThat(lines).hasSize(6);
        assertThat(lines[0]).isEqualTo("procurement.example/ledger");
        assertThat(lines[1]).isEqualTo("42");
        assertThat(Base64.getDecoder().decode(lines[2])).isEqualTo(ROOT);
        assertThat(lines[3]).isEmpty();
        assertThat(lines[4]).startsWith("— procurement.example ");
        assertThat(Base64.getDecoder().decode(lines[4].substring("— procurement.example ".length())))
                .hasSize(4 + 64);
        assertThat(verifierKey).startsWith("procurement.example+").matches("[^+]+\\+[0-9a-f]{8}\\+.+");
    }

    @Test
    void aSignedNoteVerifiesWithItsKeyAndGivesBackTheTreeHead() {
        String note = checkpoint.sign("procurement.example", key.getPrivate(), key.getPublic());

        assertThat(SignedCheckpoint.verify(note, verifierKey)).hasValueSatisfying(read -> {
            assertThat(read.treeSize()).isEqualTo(42);
            assertThat(read.rootHash()).isEqualTo(ROOT);
        });
    }

    @Test
    void anAlteredSizeRootOrSignatureOrAnotherKeyFailsVerification() {
        String note = checkpoint.sign("procurement.example", key.getPrivate(), key.getPublic());
        KeyPair other = generate();

        assertThat(SignedCheckpoint.verify(note.replaceFirst("\n42\n", "\n43\n"), verifierKey))
                .isEmpty();
        String otherRoot = Base64.getEncoder().encodeToString(MerkleHashes.leafHash(new byte[] {9}));
        assertThat(SignedCheckpoint.verify(
                        note.replace(Base64.getEncoder().encodeToString(ROOT), otherRoot), verifierKey))
                .isEmpty();
        int signatureAt = note.lastIndexOf(' ') + 1;
        String flipped = note.substring(0, signatureAt)
                + (note.charAt(signatureAt) == 'A' ? 'B' : 'A')
                + note.substring(signatureAt + 1);
        assertThat(SignedCheckpoint.verify(flipped, verifierKey)).isEmpty();
        assertThat(SignedCheckpoint.verify(
                        note, SignedCheckpoint.verifierKey("procurement.example", other.getPublic())))
                .isEmpty();
        assertThat(SignedCheckpoint.verify("not a note", verifierKey)).isEmpty();
    }

    private static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
