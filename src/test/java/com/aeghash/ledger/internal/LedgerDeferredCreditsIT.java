package com.aeghash.ledger.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aeghash.ledger.AccountRef;
import com.aeghash.ledger.Asset;
import com.aeghash.ledger.Bucket;
import com.aeghash.ledger.EntryRequest;
import com.aeghash.ledger.JournalEntry;
import com.aeghash.ledger.SystemAccount;
import com.aeghash.testsupport.LedgerWriteStatements;
import com.aeghash.testsupport.StatementCounter;
import com.aeghash.testsupport.TestDatabases;
import com.aeghash.testsupport.TestIds;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code postCredits} on H2 with real transactions: the entry is written at once, the credited balances and the
 * postings by the transaction's last two statements; reads and debits in the same transaction see the credits;
 * a rollback leaves nothing; the cached balances equal the postings afterwards.
 */
class LedgerDeferredCreditsIT {

    private final DataSource dataSource = StatementCounter.wrap(TestDatabases.create(TestDatabases.Kind.H2));
    private final JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    private final LedgerService ledger = new LedgerService(new JdbcLedgerRepository(jdbc), Clock.systemUTC());
    private final TransactionTemplate transaction =
            new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    private final String member = TestIds.member();

    @AfterEach
    void invariantsHoldAndTheDatabaseIsClosed() {
        assertThat(ledger.checkInvariants().violations()).isEmpty();
        TestDatabases.close(dataSource);
    }

    @Test
    void creditsReachTheBalanceRowsByTheTransactionsLastStatement() {
        var recorded = StatementCounter.record(() -> transaction.execute(status -> {
            ledger.postCredits(bonus("order-1", "10"));
            List<Long> inside = List.of(
                    storedBalance().longValue(),
                    count("SELECT COUNT(*) FROM ledger_entries WHERE reference LIKE 'bonus:order-1:%'"),
                    count("SELECT COUNT(*) FROM ledger_postings")); // and the caller's other work
            return inside;
        }));

        assertThat(recorded.result())
                .as("balance, entry, postings while the transaction runs")
                .containsExactly(0L, 1L, 0L);
        LedgerWriteStatements.assertEndWithBalanceWrites(recorded.statements());
        assertThat(pending()).isEqualByComparingTo("10");
    }

    @Test
    void readsAndDebitsInTheSameTransactionSeeTheCredits() {
        BigDecimal[] seen = new BigDecimal[1];
        transaction.executeWithoutResult(status -> {
            ledger.postCredits(EntryRequest.builder("credit-available", "credit")
                    .move(
                            AccountRef.system(SystemAccount.BONUS_EXPENSE, Asset.POINT),
                            available(),
                            new BigDecimal("10"))
                    .build());
            seen[0] = ledger.balancesOf(member).of(Asset.POINT).available();
            ledger.post(EntryRequest.builder("spend", "debit")
                    .move(
                            available(),
                            AccountRef.system(SystemAccount.BONUS_EXPENSE, Asset.POINT),
                            new BigDecimal("10"))
                    .build());
        });

        assertThat(seen[0]).isEqualByComparingTo("10");
        assertThat(ledger.balancesOf(member).of(Asset.POINT).available()).isZero();
    }

    @Test
    void aRolledBackTransactionLeavesNeitherEntryNorBalance() {
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
                    ledger.postCredits(bonus("order-2", "10"));
                    throw new IllegalStateException("the caller's work failed");
                }))
                .hasMessageContaining("caller's work failed");

        assertThat(pending()).isZero();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM ledger_entries WHERE reference LIKE 'bonus:order-2:%'", Long.class))
                .isZero();
    }

    @Test
    void theSameReferenceAgainIsAReplayAndCreditsNothingMore() {
        JournalEntry first = transaction.execute(status -> ledger.postCredits(bonus("order-3", "10")));
        JournalEntry again = transaction.execute(status -> ledger.postCredits(bonus("order-3", "10")));

        assertThat(first.replayed()).isFalse();
        assertThat(again.replayed()).isTrue();
        assertThat(pending()).isEqualByComparingTo("10");
    }

    @Test
    void theSameReferenceAgainInTheSameTransactionIsAReplayToo() {
        List<JournalEntry> both = transaction.execute(status ->
                List.of(ledger.postCredits(bonus("order-4", "10")), ledger.postCredits(bonus("order-4", "10"))));

        assertThat(both.get(1).replayed()).isTrue();
        assertThat(both.get(1).id()).isEqualTo(both.get(0).id());
        assertThat(pending()).isEqualByComparingTo("10");
    }

    @Test
    void creditsGatheredInOneTransactionAreAppliedTogether() {
        transaction.executeWithoutResult(status -> {
            ledger.postCredits(bonus("order-4", "10"));
            ledger.postCredits(bonus("order-5", "2.5"));
        });

        assertThat(pending()).isEqualByComparingTo("12.5");
    }

    @Test
    void aTransactionStartedInsideAnotherWritesItsOwnCreditsAndNeverTheOuterOnes() {
        TransactionTemplate inner = new TransactionTemplate(transaction.getTransactionManager());
        inner.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);

        String other = TestIds.member();
        // accounts first: on H2 the inner transaction would wait for the outer's uncommitted account rows
        transaction.executeWithoutResult(status -> ledger.postCredits(credit("warm-up", other, "1")));
        transaction.executeWithoutResult(status -> ledger.postCredits(bonus("warm-up", "1")));

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
                    ledger.postCredits(bonus("outer", "10"));
                    inner.executeWithoutResult(innerStatus -> ledger.postCredits(credit("inner", other, "2.5")));
                    throw new IllegalStateException("the outer work failed");
                }))
                .hasMessageContaining("outer work failed");

        assertThat(ledger.balancesOf(other).of(Asset.POINT).pending())
                .as("committed with its own transaction")
                .isEqualByComparingTo("3.5");
        assertThat(count("SELECT COUNT(*) FROM ledger_postings p JOIN ledger_entries e ON e.id = p.entry_id"
                        + " WHERE e.reference LIKE 'bonus:inner:%'"))
                .isEqualTo(2);
        assertThat(pending()).as("the warm-up credit only").isEqualByComparingTo("1");
        assertThat(count("SELECT COUNT(*) FROM ledger_entries WHERE reference LIKE 'bonus:outer:%'"))
                .isZero();
    }

    @Test
    void aDebitOfAMemberIsRefused() {
        EntryRequest debit = EntryRequest.builder("not-a-credit", "debit")
                .move(available(), AccountRef.system(SystemAccount.BONUS_EXPENSE, Asset.POINT), BigDecimal.ONE)
                .build();

        assertThatThrownBy(() -> transaction.execute(status -> ledger.postCredits(debit)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private EntryRequest bonus(String order, String amount) {
        return credit(order, member, amount);
    }

    private static EntryRequest credit(String order, String memberId, String amount) {
        return EntryRequest.builder("bonus:" + order + ":" + memberId, "bonus")
                .move(
                        AccountRef.system(SystemAccount.BONUS_EXPENSE, Asset.POINT),
                        AccountRef.member(memberId, Asset.POINT, Bucket.PENDING),
                        new BigDecimal(amount))
                .build();
    }

    private AccountRef available() {
        return AccountRef.member(member, Asset.POINT, Bucket.AVAILABLE);
    }

    private BigDecimal pending() {
        return ledger.balancesOf(member).of(Asset.POINT).pending();
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    /** The cached balance row as stored, read without the ledger (which would apply the deferred credits). */
    private BigDecimal storedBalance() {
        List<BigDecimal> rows = jdbc.queryForList(
                "SELECT balance FROM ledger_accounts WHERE owner_id = ?" + " AND bucket = 'PENDING'",
                BigDecimal.class,
                member);
        return rows.isEmpty() ? BigDecimal.ZERO : rows.get(0);
    }
}
