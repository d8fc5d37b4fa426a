package com.aeghash.ledger.internal;

import static com.aeghash.ledger.LedgerFixtures.credit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aeghash.ledger.Asset;
import com.aeghash.testsupport.TestDatabaseScope;
import com.aeghash.testsupport.TestDatabases;
import java.time.Clock;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** A posting whose transaction rolls back leaves no trace, not even in the ledger's in-process caches. */
class LedgerRollbackIT {

    @RegisterExtension
    final TestDatabaseScope databases = TestDatabaseScope.eachTest();

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void accountsCreatedByARolledBackTransactionAreCreatedAgainNextTime(TestDatabases.Kind kind) {
        DataSource dataSource = databases.open(kind);
        LedgerService ledger =
                new LedgerService(new JdbcLedgerRepository(new JdbcTemplate(dataSource)), Clock.systemUTC());
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
                    ledger.post(credit("first", "newcomer", Asset.LTC, "1"));
                    throw new IllegalStateException("crash after posting");
                }))
                .hasMessageContaining("crash");
        transaction.executeWithoutResult(status -> ledger.post(credit("second", "newcomer", Asset.LTC, "2")));

        assertThat(ledger.balancesOf("newcomer").of(Asset.LTC).available()).isEqualByComparingTo("2");
        assertThat(ledger.checkInvariants().violations()).isEmpty();
    }
}
