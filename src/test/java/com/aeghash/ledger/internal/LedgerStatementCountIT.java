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
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** A posting costs the same few statements whether it has 2 lines or 31 (a bonus order's shape). */
class LedgerStatementCountIT {

    private final StatementCounter counter = new StatementCounter(TestDatabases.create(TestDatabases.Kind.H2));
    private final LedgerService ledger = new LedgerService(
            new JdbcLedgerRepository(new JdbcTemplate(counter.dataSource())), Clock.systemUTC());
    private final TransactionTemplate transaction =
            new TransactionTemplate(new DataSourceTransactionManager(counter.dataSource()));

    @Test
    void warmPostingTakesThreeStatementsWhateverTheNumberOfLines() {
        post(entry("warm-up-small", 1));
        post(entry("warm-up-large", 30));

        int small = counter.countDuring(() -> post(entry("small", 1)));
        int large = counter.countDuring(() -> post(entry("large", 30)));
        int replay = counter.countDuring(() -> post(entry("large", 30)));

        assertThat(small).isEqualTo(3);
        assertThat(large).isEqualTo(3);
        assertThat(replay).as("a replay inserts nothing and reads the stored entry").isEqualTo(2);
    }

    private void post(EntryRequest request) {
        transaction.executeWithoutResult(status -> ledger.post(request));
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
