package org.sessiontracking.bootstrap.wiring;

import org.junit.jupiter.api.Test;
import org.sessiontracking.application.common.StorageUnavailableException;
import org.sessiontracking.domain.common.DomainException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which failures mean "the database cannot be reached just now", as Hikari and PostgreSQL's driver report them. */
class UseCaseTransactionsTest {

    @Test
    void aPoolTimeoutWhileTheServerRefusesConnectionsMeansTheDatabaseIsUnreachable() {
        SQLException refused = new SQLException("Connection to localhost:5432 refused", "08001");
        var failure = new CannotCreateTransactionException("Could not open JDBC Connection for transaction",
                new SQLTransientConnectionException("pool - Connection is not available, request timed out after 10000ms",
                        "08001", refused));

        assertThat(UseCaseTransactions.unavailable(failure)).hasMessage(StorageUnavailableException.MESSAGE);
    }

    @Test
    void aServerShuttingDownOrABrokenConnectionMidRequestIsUnreachableToo() {
        assertThat(UseCaseTransactions.unavailable(new RuntimeException(
                new SQLException("terminating connection due to administrator command", "57P01"))))
                .hasMessage(StorageUnavailableException.MESSAGE);
        assertThat(UseCaseTransactions.unavailable(new RuntimeException(
                new SQLException("An I/O error occurred while sending to the backend.", "08006"))))
                .hasMessage(StorageUnavailableException.MESSAGE);
    }

    @Test
    void aPoolTimeoutWithoutAnyDatabaseErrorMeansTooBusy() {
        var failure = new CannotCreateTransactionException("Could not open JDBC Connection for transaction",
                new SQLTransientConnectionException("pool - Connection is not available, request timed out after 10000ms "
                        + "(total=10, active=10, idle=0, waiting=12)"));

        assertThat(UseCaseTransactions.unavailable(failure)).hasMessage(StorageUnavailableException.BUSY_MESSAGE);
    }

    @Test
    void otherFailuresAreLeftAsTheyAre() {
        assertThat(UseCaseTransactions.unavailable(new DuplicateKeyException("duplicate",
                new SQLException("duplicate key value violates unique constraint", "23505")))).isNull();
        assertThat(UseCaseTransactions.unavailable(new DomainException("Required attendance must be between 0 and 100")))
                .isNull();
        assertThat(UseCaseTransactions.unavailable(new IllegalStateException("a bug"))).isNull();
    }
}
