package org.openprocurement.platform.api.infrastructure;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/** Runs the platform on an embedded PostgreSQL when no {@code spring.datasource.url} is given. */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatabaseUrlCondition.class)
@EnableConfigurationProperties(EmbeddedPostgresProperties.class)
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(EmbeddedPostgresProperties properties) {
        EmbeddedDatabase database =
                EmbeddedDatabase.start(properties.dataDirectory().toAbsolutePath(), properties.port());
        log.info("Embedded PostgreSQL with data in {} at {}", properties.dataDirectory(), database.jdbcUrl());
        return database;
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(EmbeddedDatabase database) {
        return database.pooledDataSource(40);
    }
}
