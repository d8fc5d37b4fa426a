package com.aeghash.wallet.internal.transactions;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.testsupport.OnEachDatabase;
import com.aeghash.testsupport.TestDatabaseScope;
import com.aeghash.testsupport.TestDatabases;
import com.aeghash.wallet.WalletTransactionStatus;
import com.aeghash.wallet.internal.WalletTables;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The JDBC repository on one migrated database per kind, shared by the tests of this class and emptied before each. */
@OnEachDatabase
class JdbcWalletTransactionRepositoryIT extends WalletTransactionRepositoryContract {

    @RegisterExtension
    static final TestDatabaseScope DATABASES = TestDatabaseScope.wholeClass();

    @Parameter
    TestDatabases.Kind database;

    @Override
    WalletTransactionRepository createRepository() {
        return new JdbcWalletTransactionRepository(WalletTables.emptied(DATABASES.open(database)));
    }

    /**
     * Two operators' decisions attaching one txid to two transactions at the same instant: the first has checked the
     * txid free and written it, not yet committed; the second waits on the lock until the first commits, then finds
     * the txid held. Without the lock the second's check would not see the uncommitted txid and pass too.
     */
    @Test
    void aSecondTxidDecisionWaitsForTheFirstAndThenFindsTheTxidHeld() throws Exception {
        DataSource dataSource = DATABASES.open(database);
        WalletTransactionRepository repository = createRepository();
        TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        TransactionRecord first = repository.logTransaction(transfer("ref-first", "hana", "3"));
        TransactionRecord second = repository.logTransaction(transfer("ref-second", "hana", "3"));
        String txid = "0x" + "5e".repeat(32);
        CountDownLatch firstWrote = new CountDownLatch(1);
        CountDownLatch firstMayCommit = new CountDownLatch(1);

        CompletableFuture<Void> firstDecision =
                CompletableFuture.runAsync(() -> transactions.executeWithoutResult(status -> {
                    repository.lockTxidDecisions();
                    assertThat(repository.txidHeldByAnother(txid, first.id())).isFalse();
                    repository.update(first.moveTo(WalletTransactionStatus.SUBMITTED, NOW, draft -> draft.txid = txid));
                    firstWrote.countDown();
                    await(firstMayCommit);
                }));
        await(firstWrote);
        CompletableFuture<Boolean> secondFindsItHeld =
                CompletableFuture.supplyAsync(() -> transactions.execute(status -> {
                    repository.lockTxidDecisions();
                    return repository.txidHeldByAnother(txid, second.id());
                }));

        Thread.sleep(300);
        assertThat(secondFindsItHeld)
                .as("waits while the first decision holds the lock")
                .isNotDone();
        firstMayCommit.countDown();
        firstDecision.get(10, TimeUnit.SECONDS);
        assertThat(secondFindsItHeld.get(10, TimeUnit.SECONDS)).isTrue();
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
