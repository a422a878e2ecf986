package org.openprocurement.platform.api.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openprocurement.platform.api.support.BudgetLines;
import org.openprocurement.platform.api.support.HttpTest;
import org.openprocurement.platform.audit.ledger.MerkleTree;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two platform instances on one database: one seals (it holds the lock), the other answers proofs. The other
 * answers from the ledger as sealed, so a proof asked against a checkpoint the sealing instance just signed is
 * never refused there for a tree it has not loaded yet. The second instance here is a sealer of its own on the
 * test database that never seals; the test context's sealer seals.
 */
class LedgerInstancesHttpTest extends HttpTest {

    @Autowired
    private TransactionTemplate transactions;

    @Autowired
    private LedgerKey key;

    @Autowired
    private LedgerProperties properties;

    @Autowired
    private Clock clock;

    @Test
    void anInstanceThatDoesNotSealAnswersFromTheLedgerAsSealedByAnother() {
        LedgerSealer other = new LedgerSealer(jdbc, transactions, key, properties, clock);
        long loaded = other.read(MerkleTree::size);

        for (int i = 0; i < 3; i++) {
            BudgetLines.appropriate("1000");
        }
        await("the sealing instance sealing the new events")
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> sealedLeaves() >= loaded + 3);

        long sealed = sealedLeaves();
        assertThat(other.read(MerkleTree::size))
                .as("the other instance's tree, as a proof would use it")
                .isGreaterThanOrEqualTo(sealed);
    }

    private long sealedLeaves() {
        return jdbc.queryForObject("SELECT count(*) FROM ledger_leaf", Long.class);
    }
}
