package org.openprocurement.platform.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.SocketException;
import java.sql.SQLException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.TransactionSystemException;

/** Which failures mean "PostgreSQL is down or restarting" (503, retry) rather than a bug (500). */
class DatabaseUnavailableTest {

    @Test
    void aLostConnectionAnywhereInTheCauseChainIsUnavailability() {
        assertThat(ProblemAdvice.databaseUnavailable(new EventStoreException(
                        "append failed",
                        new SQLException("terminating connection due to unexpected postmaster exit", "57P01"))))
                .isTrue();
        assertThat(ProblemAdvice.databaseUnavailable(
                        new RuntimeException(new SQLException("An I/O error occurred", "08006"))))
                .isTrue();
        assertThat(ProblemAdvice.databaseUnavailable(new TransactionSystemException("JDBC rollback failed")))
                .isTrue();
        assertThat(ProblemAdvice.databaseUnavailable(new IllegalStateException(new SocketException("Broken pipe"))))
                .isTrue();
    }

    @Test
    void aBrokenConstraintOrAProgrammingErrorIsNot() {
        assertThat(ProblemAdvice.databaseUnavailable(new DataIntegrityViolationException(
                        "duplicate key", new SQLException("duplicate key value violates unique constraint", "23505"))))
                .isFalse();
        assertThat(ProblemAdvice.databaseUnavailable(new NullPointerException()))
                .isFalse();
    }
}
