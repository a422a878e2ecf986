package org.openprocurement.platform.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The crash drill in its reduced form, so that it runs with every build: three kills of the platform and
 * two of PostgreSQL in the middle of bursts of bids. The full form (20 rounds) is {@code ./procurement drill}.
 */
class FaultDrillTest {

    @Test
    void noAcknowledgedBidIsLostOrDoubledWhenThePlatformOrPostgresqlIsKilledMidBurst() throws Exception {
        String classPath =
                Files.readString(Path.of(System.getProperty("bench.classpath"))).trim();

        FaultDrill.Outcome outcome =
                FaultDrill.run(Path.of(System.getProperty("bench.work")), classPath, 5, 150, 16, true);

        assertThat(outcome.problems()).as(outcome.summary()).isEmpty();
        assertThat(outcome.platformKills()).isEqualTo(3);
        assertThat(outcome.postgresKills()).isEqualTo(2);
        assertThat(outcome.storedEvents()).isEqualTo(outcome.attempts());
    }
}
