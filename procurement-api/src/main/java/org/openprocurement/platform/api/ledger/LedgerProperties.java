package org.openprocurement.platform.api.ledger;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The tamper-evident ledger.
 *
 * @param origin the log's name, first line of every checkpoint (a URL-like name that is unique to this
 *     platform instance)
 * @param keyName the name the checkpoints are signed under
 * @param keyFile the Ed25519 signing key, kept outside the database; created on first start
 * @param sealInterval how often newly committed events are sealed
 * @param checkpointEvery a checkpoint after at most this many new leaves
 * @param checkpointInterval a checkpoint at least this often while leaves are added
 */
@ConfigurationProperties("procurement.ledger")
public record LedgerProperties(
        String origin,
        String keyName,
        Path keyFile,
        Duration sealInterval,
        int checkpointEvery,
        Duration checkpointInterval) {

    public LedgerProperties {
        origin = origin == null || origin.isBlank() ? "localhost/procurement-ledger" : origin;
        keyName = keyName == null || keyName.isBlank() ? "localhost-procurement" : keyName;
        keyFile = keyFile == null ? Path.of("data", "keys", "ledger-signing.key") : keyFile;
        sealInterval = sealInterval == null ? Duration.ofMillis(500) : sealInterval;
        checkpointEvery = checkpointEvery > 0 ? checkpointEvery : 1000;
        checkpointInterval = checkpointInterval == null ? Duration.ofSeconds(10) : checkpointInterval;
    }
}
