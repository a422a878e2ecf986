package org.openprocurement.platform.api.infrastructure;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the embedded PostgreSQL keeps its data and which port it listens on (0 picks a free one).
 *
 * @param dataDirectory folder of the database cluster; it survives restarts of the platform
 * @param port TCP port on the loopback interface, 0 for any free port
 */
@ConfigurationProperties("procurement.embedded-postgres")
public record EmbeddedPostgresProperties(Path dataDirectory, int port) {

    public EmbeddedPostgresProperties {
        if (dataDirectory == null) {
            dataDirectory = Path.of("data", "postgres");
        }
    }
}
