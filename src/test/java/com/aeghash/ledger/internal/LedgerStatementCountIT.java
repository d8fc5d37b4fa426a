package com.aeghash.ledger.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.ledger.AccountRef;
import com.aeghash.ledger.Asset;
import com.aeghash.ledger.Bucket;
import com.aeghash.ledger.EntryRequest;
import com.aeghash.ledger.SystemAccount;
import com.aeghash.testsupport.StatementCounter;
import com.aeghash.testsupport.TestDatabases;
import java.math.BigDecimal;
import java.time.Clock;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A posting costs the same four set-based statements whether it has 2 lines or 31 (a bonus order's shape):
 * claim the references, lock and read the touched balances, store them, write the postings.
 */
class LedgerStatementCountIT {

    private final DataSource dataSource = StatementCounter.wrap(TestDatabases.create(TestDatabases.Kind.H2));
    private final LedgerService ledger =
            new LedgerService(new JdbcLedgerRepository(new JdbcTemplate(dataSource)), Clock.systemUTC());
    private final TransactionTemplate transaction =
            new TransactionTemplate(new DataSourceTransactionManager(dataSource));

    @AfterEach
    void closeDatabase() {
        TestDatabases.close(dataSource);
    }

    @Test
    void warmPostingTakesFourStatementsWhateverTheNumberOfLines() {
        post(entry("warm-up-small", 1));
        post(entry("warm-up-large", 30));

        var small = StatementCounter.record(() -> post(entry("small", 1)));
        var large = StatementCounter.record(() -> post(entry("large", 30)));
        var replay = StatementCounter.record(() -> post(entry("large", 30)));

        assertThat(small.count()).as("%s", small.statements()).isEqualTo(4);
        assertThat(large.count()).as("%s", large.statements()).isEqualTo(4);
        assertThat(replay.count())
                .as("a replay claims nothing, then reads the stored entry: %s", replay.statements())
                .isEqualTo(3);
    }

    private Object post(EntryRequest request) {
        return transaction.execute(status -> ledger.post(request));
    }

    /** An entry paying {@code beneficiaries} members 1 POINT each into their pending buckets. */
    private static EntryRequest entry(String reference, int beneficiaries) {
        EntryRequest.Builder builder = EntryRequest.builder(reference, "bonus-shaped entry");
        for (int level = 1; level <= beneficiaries; level++) {
            builder.add(AccountRef.member("beneficiary-" + level, Asset.POINT, Bucket.PENDING), BigDecimal.ONE);
        }
        builder.add(AccountRef.system(SystemAccount.BONUS_EXPENSE, Asset.POINT), BigDecimal.valueOf(-beneficiaries));
        return builder.build();
    }
}
