package com.aeghash.withdrawal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.testsupport.OnEachDatabase;
import com.aeghash.testsupport.TestDatabaseScope;
import com.aeghash.testsupport.TestDatabases;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** The SQL repositories: the shared contract plus what only a database with row locks can show. */
@OnEachDatabase
class JdbcWithdrawalRepositoriesIT extends WithdrawalRepositoriesContract {

    @Parameter
    TestDatabases.Kind database;

    @RegisterExtension
    final TestDatabaseScope databases = TestDatabaseScope.eachTest();

    @Override
    WithdrawalRepository createWithdrawals() {
        return new JdbcWithdrawalRepository(jdbc());
    }

    @Override
    WithdrawalAuditRepository createAuditTrail() {
        return new JdbcWithdrawalAuditRepository(jdbc(), JsonMapper.builder().build());
    }

    @Override
    WithdrawalAddressRepository createAddresses() {
        return new JdbcWithdrawalAddressRepository(jdbc());
    }

    @Test
    void approvedRowLockedByOneTransactionIsSkippedByAnother() {
        Withdrawal first = withdrawals.insert(draft("m-1", "key-00001", NOW));
        Withdrawal second = withdrawals.insert(draft("m-1", "key-00002", NOW));
        withdrawals.update(first.withStatus(WithdrawalStatus.APPROVED, NOW));
        withdrawals.update(second.withStatus(WithdrawalStatus.APPROVED, NOW));
        TransactionTemplate transaction =
                new TransactionTemplate(new DataSourceTransactionManager(databases.open(database)));

        Optional<Long> claimedMeanwhile = transaction.execute(status -> {
            Optional<Withdrawal> mine = withdrawals.lockNextApproved();
            assertThat(mine).map(Withdrawal::id).contains(first.id());
            return CompletableFuture.supplyAsync(() -> transaction.execute(
                            other -> withdrawals.lockNextApproved().map(Withdrawal::id)))
                    .orTimeout(20, TimeUnit.SECONDS)
                    .join();
        });

        assertThat(claimedMeanwhile).contains(second.id());
    }

    private JdbcClient jdbc() {
        return JdbcClient.create(databases.open(database));
    }
}
