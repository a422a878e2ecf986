package org.openprocurement.platform.api.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigInteger;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.openprocurement.platform.api.support.BudgetLines;
import org.openprocurement.platform.api.support.HttpTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The ledger seals events in numeric transaction order, also when the transaction counter gains a digit. */
class LedgerOrderHttpTest extends HttpTest {

    @Autowired
    private DataSource dataSource;

    @Test
    void eventsOfOneSealingPassAcrossAPowerOfTenOfTransactionIdsAreSealedInNumericOrder() throws Exception {
        BigInteger boundary = nextPowerOfTen(currentTransactionId().add(BigInteger.valueOf(100)));
        while (currentTransactionId().compareTo(boundary.subtract(BigInteger.valueOf(30))) < 0) {
            // Each autocommitted call consumes one transaction id.
        }
        List<UUID> lines = new ArrayList<>();
        try (Connection blocker = dataSource.getConnection()) {
            // An open transaction holding an id below the boundary keeps the sealer's fence there, so the
            // appropriations below are all sealed in one pass once it ends.
            blocker.setAutoCommit(false);
            try (Statement statement = blocker.createStatement()) {
                statement.execute("SELECT pg_current_xact_id()");
            }
            for (int i = 0; i < 40; i++) {
                lines.add(BudgetLines.appropriate("1000"));
            }
            blocker.rollback();
        }
        List<String> ids = lines.stream().map(UUID::toString).toList();
        assertThat(transactionIds(ids, false))
                .as("the appropriations straddle the power of ten %s", boundary)
                .anyMatch(tx -> tx.compareTo(boundary) < 0)
                .anyMatch(tx -> tx.compareTo(boundary) >= 0);

        await("the appropriations being sealed")
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> transactionIds(ids, true).size() == ids.size());

        List<BigInteger> inLeafOrder = transactionIds(ids, true);
        assertThat(inLeafOrder).isSorted();
    }

    private List<BigInteger> transactionIds(List<String> aggregates, boolean sealedOnly) {
        String sql = sealedOnly
                ? "SELECT e.tx_id::text FROM ledger_leaf l JOIN domainevententry e ON e.globalindex = l.global_index"
                        + " WHERE e.aggregateidentifier = ANY (?) ORDER BY l.leaf_index"
                : "SELECT tx_id::text FROM domainevententry WHERE aggregateidentifier = ANY (?)";
        return jdbc.query(
                connection -> {
                    var statement = connection.prepareStatement(sql);
                    statement.setArray(1, connection.createArrayOf("text", aggregates.toArray()));
                    return statement;
                },
                (ResultSet rs, int row) -> new BigInteger(rs.getString(1)));
    }

    private BigInteger currentTransactionId() {
        return new BigInteger(jdbc.queryForObject("SELECT pg_current_xact_id()::text", String.class));
    }

    private static BigInteger nextPowerOfTen(BigInteger value) {
        BigInteger power = BigInteger.TEN;
        while (power.compareTo(value) <= 0) {
            power = power.multiply(BigInteger.TEN);
        }
        return power;
    }
}
