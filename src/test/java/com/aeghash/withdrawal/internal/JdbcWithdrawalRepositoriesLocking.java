package com.aeghash.withdrawal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** The SQL repositories: the shared contract plus what only a database with row locks can show. */
abstract class JdbcWithdrawalRepositoriesLocking extends WithdrawalRepositoriesContract {

    DataSource dataSource;

    /** Closes the test's pool, so no connection outlives the test on a shared server. */
    @AfterEach
    void closePool() throws Exception {
        if (dataSource instanceof AutoCloseable pool) {
            pool.close();
        }
    }

    @Override
    WithdrawalRepository createWithdrawals() {
        return new JdbcWithdrawalRepository(JdbcClient.create(dataSource));
    }

    @Override
    WithdrawalAuditRepository createAuditTrail() {
        return new JdbcWithdrawalAuditRepository(JdbcClient.create(dataSource), JsonMapper.builder().build());
    }

    @Override
    WithdrawalAddressRepository createAddresses() {
        return new JdbcWithdrawalAddressRepository(JdbcClient.create(dataSource));
    }

    @Test
    void approvedRowLockedByOneTransactionIsSkippedByAnother() {
        Withdrawal first = withdrawals.insert(draft("m-1", "key-00001", NOW));
        Withdrawal second = withdrawals.insert(draft("m-1", "key-00002", NOW));
        withdrawals.update(first.withStatus(WithdrawalStatus.APPROVED, NOW));
        withdrawals.update(second.withStatus(WithdrawalStatus.APPROVED, NOW));
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));

        Optional<Long> claimedMeanwhile = transaction.execute(status -> {
            Optional<Withdrawal> mine = withdrawals.lockNextApproved();
            assertThat(mine).map(Withdrawal::id).contains(first.id());
            return CompletableFuture.supplyAsync(() -> transaction.execute(
                    other -> withdrawals.lockNextApproved().map(Withdrawal::id))).orTimeout(20, TimeUnit.SECONDS).join();
        });

        assertThat(claimedMeanwhile).contains(second.id());
    }
}
