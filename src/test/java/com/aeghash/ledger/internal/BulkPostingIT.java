package com.aeghash.ledger.internal;

import static com.aeghash.ledger.LedgerFixtures.available;
import static com.aeghash.ledger.LedgerFixtures.credit;
import static com.aeghash.ledger.LedgerFixtures.transfer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aeghash.ledger.AccountRef;
import com.aeghash.ledger.Asset;
import com.aeghash.ledger.Bucket;
import com.aeghash.ledger.EntryRequest;
import com.aeghash.ledger.InsufficientBalanceException;
import com.aeghash.ledger.JournalEntry;
import com.aeghash.ledger.ReferenceConflictException;
import com.aeghash.ledger.SelectedCredits;
import com.aeghash.ledger.SqlSelect;
import com.aeghash.ledger.SystemAccount;
import com.aeghash.testsupport.Concurrently;
import com.aeghash.testsupport.TestDatabaseScope;
import com.aeghash.testsupport.TestDatabases;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link BulkPostingService} on H2 and PostgreSQL: the same entries as {@code postAll} with each line sent once; first-
 * time accounts created; balances, history places and balances after as the ledger gives them; replays post nothing;
 * a conflict, a debit below zero and a member account in two lines are refused with nothing written; concurrent bulk
 * postings and transfers on the same members neither deadlock nor break an invariant.
 */
class BulkPostingIT {

    private static final AccountRef MINING_INCOME_LTC = AccountRef.system(SystemAccount.MINING_INCOME, Asset.LTC);
    private static final AccountRef MINING_INCOME_DOGE = AccountRef.system(SystemAccount.MINING_INCOME, Asset.DOGE);

    @RegisterExtension
    final TestDatabaseScope databases = TestDatabaseScope.eachTest();

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void postsBalancedEntriesCreatingFirstTimeAccountsAndPlacingEveryPosting(TestDatabases.Kind kind) {
        Bulk bulk = new Bulk(databases.open(kind));

        List<JournalEntry> first =
                bulk.post(List.of(mined("day-1:a..b", "a", "b", "1.5"), mined("day-1:c", "c", null, "2")));
        List<JournalEntry> second = bulk.post(List.of(mined("day-2:a..b", "a", "b", "0.25")));

        assertThat(first).extracting(JournalEntry::replayed).containsExactly(false, false);
        assertThat(second.get(0).replayed()).isFalse();
        assertThat(bulk.available("a", Asset.LTC)).isEqualByComparingTo("1.75");
        assertThat(bulk.available("a", Asset.DOGE)).isEqualByComparingTo("3.5");
        assertThat(bulk.available("c", Asset.LTC)).isEqualByComparingTo("2");
        assertThat(bulk.history("a", Asset.DOGE)).containsExactly(Map.entry(1L, "3"), Map.entry(2L, "3.5"));
        assertThat(bulk.history("b", Asset.LTC)).containsExactly(Map.entry(1L, "1.5"), Map.entry(2L, "1.75"));
        assertThat(bulk.jdbc.queryForObject("SELECT COUNT(*) FROM ledger_postings", Long.class))
                .as("day 1: 2 members x 2 coins + 2 income, 1 member x 2 coins + 2 income; day 2: 2 x 2 + 2")
                .isEqualTo(16L);
        bulk.assertInvariantsAndNothingStaged();
    }

    /**
     * PostgreSQL (which counts the rows a transaction changed): new accounts in one line each (a closing chunk's new
     * member accounts) take the ids their lines reserved, and the staged lines are not rewritten to resolve them. The
     * first test covers the other way: a new system account in several lines, resolved by key.
     */
    @Test
    void newAccountsInOneLineEachTakeTheirReservedIdsWithoutRewritingTheStagedLines() {
        Bulk bulk = new Bulk(databases.open(TestDatabases.Kind.POSTGRES));
        bulk.post(List.of(mined("day-0:x", "x", null, "1")));

        long rewritten = bulk.inTransaction(() -> {
            bulk.bulk.postAll(List.of(mined("day-1:a..b", "a", "b", "1.5")));
            return bulk.count("SELECT pg_stat_get_xact_tuples_updated(CAST('ledger_staged_lines' AS regclass))");
        });

        assertThat(rewritten).isZero();
        assertThat(bulk.available("a", Asset.LTC)).isEqualByComparingTo("1.5");
        assertThat(bulk.available("b", Asset.DOGE)).isEqualByComparingTo("3");
        assertThat(bulk.history("b", Asset.LTC)).containsExactly(Map.entry(1L, "1.5"));
        bulk.assertInvariantsAndNothingStaged();
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aRepeatedReferenceIsAReplayAndOtherLinesUnderItAConflict(TestDatabases.Kind kind) {
        Bulk bulk = new Bulk(databases.open(kind));
        bulk.post(List.of(mined("day-1:a..b", "a", "b", "1")));

        List<JournalEntry> replayed =
                bulk.post(List.of(mined("day-1:a..b", "a", "b", "1"), mined("day-1:c", "c", null, "1")));

        assertThat(replayed).extracting(JournalEntry::replayed).containsExactly(true, false);
        assertThat(bulk.available("a", Asset.LTC)).isEqualByComparingTo("1");
        assertThat(bulk.history("a", Asset.LTC)).hasSize(1);
        assertThatThrownBy(() -> bulk.post(List.of(mined("day-1:a..b", "a", "b", "2"))))
                .isInstanceOf(ReferenceConflictException.class);
        assertThat(bulk.available("a", Asset.LTC)).isEqualByComparingTo("1");
        bulk.assertInvariantsAndNothingStaged();
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aDebitBelowZeroIsRefusedAndNothingOfTheCallStays(TestDatabases.Kind kind) {
        Bulk bulk = new Bulk(databases.open(kind));
        bulk.transaction.executeWithoutResult(status -> bulk.ledger.post(credit("seed", "a", Asset.LTC, "5")));
        long entriesBefore = bulk.count("SELECT COUNT(*) FROM ledger_entries");
        EntryRequest overdraft = EntryRequest.builder("spend", "debit")
                .move(available("a", Asset.LTC), MINING_INCOME_LTC, new BigDecimal("7"))
                .build();

        assertThatThrownBy(() -> bulk.post(List.of(mined("day-1:b", "b", null, "1"), overdraft)))
                .isInstanceOf(InsufficientBalanceException.class)
                .hasMessageContaining("a");

        assertThat(bulk.count("SELECT COUNT(*) FROM ledger_entries")).isEqualTo(entriesBefore);
        assertThat(bulk.available("a", Asset.LTC)).isEqualByComparingTo("5");
        assertThat(bulk.count("SELECT COUNT(*) FROM ledger_accounts WHERE owner_id = 'b'"))
                .isZero();
        bulk.assertInvariantsAndNothingStaged();
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aMemberAccountInTwoLinesOrAnUnbalancedEntryIsRefusedBeforeAnythingIsWritten(TestDatabases.Kind kind) {
        Bulk bulk = new Bulk(databases.open(kind));
        EntryRequest unbalanced = EntryRequest.builder("unbalanced", "x")
                .add(available("a", Asset.LTC), BigDecimal.ONE)
                .add(MINING_INCOME_LTC, new BigDecimal("-0.5"))
                .build();

        assertThatThrownBy(() ->
                        bulk.post(List.of(mined("day-1:a", "a", null, "1"), mined("day-1:a-again", "a", null, "1"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("more than one line");
        assertThatThrownBy(() -> bulk.post(List.of(unbalanced))).isInstanceOf(IllegalArgumentException.class);
        assertThat(bulk.count("SELECT COUNT(*) FROM ledger_entries")).isZero();
        bulk.assertInvariantsAndNothingStaged();
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void bulkPostingsAndTransfersOnTheSameMembersNeitherDeadlockNorBreakAnInvariant(TestDatabases.Kind kind)
            throws Exception {
        Bulk bulk = new Bulk(databases.open(kind));
        List<String> members = List.of("m1", "m2", "m3", "m4", "m5", "m6");
        members.forEach(member -> bulk.transaction.executeWithoutResult(
                status -> bulk.ledger.post(credit("seed-" + member, member, Asset.LTC, "100"))));

        Concurrently.run(4, thread -> {
            for (int round = 0; round < 15; round++) {
                int step = round;
                if (thread % 2 == 0) {
                    // members in both orders across threads: the rows are still locked in id order
                    List<String> order = thread == 0 ? members : List.of("m6", "m5", "m4", "m3", "m2", "m1");
                    bulk.post(List.of(
                            mined("t" + thread + ":" + step, order.get(0), order.get(5), "1"),
                            mined("t" + thread + ":" + step + ":mid", order.get(2), order.get(3), "1")));
                } else {
                    String from = members.get((thread + step) % members.size());
                    String to = members.get((thread + step + 1) % members.size());
                    bulk.transaction.executeWithoutResult(
                            status -> bulk.ledger.post(transfer("x" + thread + ":" + step, from, to, Asset.LTC, "3")));
                }
            }
            return thread;
        });

        BigDecimal total = members.stream()
                .map(member -> bulk.available(member, Asset.LTC))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(total).as("600 seeded, 2 x 15 bulk rounds of 4 credits").isEqualByComparingTo("720");
        bulk.assertInvariantsAndNothingStaged();
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void theSameBatchPostedByFourTransactionsAtOnceIsWrittenOnce(TestDatabases.Kind kind) throws Exception {
        Bulk bulk = new Bulk(databases.open(kind));
        List<EntryRequest> batch = List.of(mined("day-1:a..b", "a", "b", "1"), mined("day-1:c..d", "c", "d", "2"));

        List<Long> fresh = Concurrently.run(
                4,
                thread -> bulk.post(batch).stream()
                        .filter(entry -> !entry.replayed())
                        .count());

        assertThat(fresh.stream().mapToLong(Long::longValue).sum())
                .as("entries written fresh, over all four")
                .isEqualTo(2L);
        assertThat(bulk.available("a", Asset.DOGE)).isEqualByComparingTo("2");
        assertThat(bulk.available("d", Asset.LTC)).isEqualByComparingTo("2");
        assertThat(bulk.count("SELECT COUNT(*) FROM ledger_postings")).isEqualTo(12L);
        bulk.assertInvariantsAndNothingStaged();
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void selectedCreditsPostWhatPostAllWouldAndAreReplayedOrRefusedLikeIt(TestDatabases.Kind kind) {
        Bulk bulk = new Bulk(databases.open(kind));
        List<String> day1 = List.of("day-1:a..b", "day-1:c");
        // the lines of mined("day-1:a..b", "a", "b", "1.5") and mined("day-1:c", "c", null, "2"), without the income
        SqlSelect lines = values(
                "('day-1:a..b', 'a', 'LTC', 1.5)",
                "('day-1:a..b', 'a', 'DOGE', 3)",
                "('day-1:a..b', 'b', 'LTC', 1.5)",
                "('day-1:a..b', 'b', 'DOGE', 3)",
                "('day-1:c', 'c', 'LTC', 2)",
                "('day-1:c', 'c', 'DOGE', 4)");

        assertThat(bulk.selected(day1, lines)).containsExactlyInAnyOrderElementsOf(day1);
        bulk.post(List.of(mined("day-2:a..b", "a", "b", "0.25")));

        assertThat(bulk.available("a", Asset.DOGE)).isEqualByComparingTo("3.5");
        assertThat(bulk.available("c", Asset.LTC)).isEqualByComparingTo("2");
        assertThat(bulk.history("b", Asset.LTC)).containsExactly(Map.entry(1L, "1.5"), Map.entry(2L, "1.75"));
        assertThat(bulk.count("SELECT COUNT(*) FROM ledger_postings")).isEqualTo(16L);
        assertThat(bulk.post(List.of(mined("day-1:a..b", "a", "b", "1.5")))
                        .get(0)
                        .replayed())
                .as("the entry postAll would have written, income lines included")
                .isTrue();
        assertThat(bulk.selected(day1, lines)).as("a replay writes nothing").isEmpty();
        assertThatThrownBy(() -> bulk.selected(
                        List.of("day-1:c"), values("('day-1:c', 'c', 'LTC', 2)", "('day-1:c', 'c', 'DOGE', 5)")))
                .isInstanceOf(ReferenceConflictException.class);
        assertThatThrownBy(() -> bulk.selected(List.of("x"), values("('x', 'a', 'LTC', 0)")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> bulk.selected(List.of("x"), values("('y', 'a', 'LTC', 1)")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(
                        () -> bulk.selected(List.of("x", "z"), values("('x', 'a', 'LTC', 1)", "('z', 'a', 'LTC', 1)")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("more than one");
        assertThat(bulk.count("SELECT COUNT(*) FROM ledger_entries WHERE reference IN ('x', 'y', 'z')"))
                .isZero();
        assertThat(bulk.available("a", Asset.LTC)).isEqualByComparingTo("1.75");
        assertThat(bulk.selected(
                        List.of("day-1:new"),
                        values("('day-1:new', 'new-member', 'LTC', 1)", "('day-1:new', 'new-member', 'DOGE', 2)")))
                .as("a member's first accounts, one line each: created with the ids their lines reserved, then locked")
                .containsExactly("day-1:new");
        assertThat(bulk.available("new-member", Asset.DOGE)).isEqualByComparingTo("2");
        bulk.assertInvariantsAndNothingStaged();
    }

    private static SqlSelect values(String... rows) {
        return new SqlSelect(
                "SELECT v.reference, v.member_id, v.asset, CAST(v.amount AS NUMERIC(38, 18)) AS amount FROM (VALUES "
                        + String.join(", ", rows) + ") AS v (reference, member_id, asset, amount)",
                List.of());
    }

    /** A coins-mined entry: {@code amount} LTC and twice that DOGE to each member, from {@code mining_income}. */
    private static EntryRequest mined(String reference, String member, String otherMember, String amount) {
        BigDecimal btc = new BigDecimal(amount);
        EntryRequest.Builder entry = EntryRequest.builder(reference, "coins mined");
        BigDecimal members = BigDecimal.ZERO;
        for (String each : otherMember == null ? List.of(member) : List.of(member, otherMember)) {
            entry.add(available(each, Asset.LTC), btc).add(available(each, Asset.DOGE), btc.add(btc));
            members = members.add(btc);
        }
        return entry.add(MINING_INCOME_LTC, members.negate())
                .add(MINING_INCOME_DOGE, members.add(members).negate())
                .build();
    }

    private static final class Bulk {

        final JdbcTemplate jdbc;
        final LedgerService ledger;
        final BulkPostingService bulk;
        final TransactionTemplate transaction;

        Bulk(DataSource dataSource) {
            jdbc = new JdbcTemplate(dataSource);
            JdbcLedgerRepository repository = new JdbcLedgerRepository(jdbc);
            ledger = new LedgerService(repository, Clock.systemUTC());
            bulk = new BulkPostingService(repository, new StagedPostings(jdbc), Clock.systemUTC(), jdbc);
            transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        }

        Set<String> selected(List<String> references, SqlSelect lines) {
            return inTransaction(() -> bulk.postSelectedCredits(new SelectedCredits(
                    references, "coins mined", Bucket.AVAILABLE, SystemAccount.MINING_INCOME, lines)));
        }

        List<JournalEntry> post(List<EntryRequest> entries) {
            return inTransaction(() -> bulk.postAll(entries));
        }

        <T> T inTransaction(Supplier<T> work) {
            return transaction.execute(status -> work.get());
        }

        BigDecimal available(String member, Asset asset) {
            return ledger.balancesOf(member).of(asset).available();
        }

        /** The member's postings in the account: place in its history and balance after, in order. */
        List<Map.Entry<Long, String>> history(String member, Asset asset) {
            return jdbc.query(
                    """
                    SELECT p.account_seq, p.balance_after FROM ledger_postings p
                    JOIN ledger_accounts a ON a.id = p.account_id
                    WHERE a.owner_id = ? AND a.asset = ? AND a.bucket = 'AVAILABLE' ORDER BY p.posted_at, p.account_seq""",
                    (row, index) -> Map.entry(
                            row.getLong("account_seq"),
                            row.getBigDecimal("balance_after")
                                    .stripTrailingZeros()
                                    .toPlainString()),
                    member,
                    asset.name());
        }

        long count(String sql) {
            return jdbc.queryForObject(sql, Long.class);
        }

        void assertInvariantsAndNothingStaged() {
            assertThat(inTransaction(ledger::checkInvariants).violations()).isEmpty();
            assertThat(count("SELECT COUNT(*) FROM ledger_staged_lines")).isZero();
        }
    }
}
