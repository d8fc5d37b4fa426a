package com.aeghash.bonus.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aeghash.ledger.AccountRef;
import com.aeghash.ledger.Asset;
import com.aeghash.ledger.Bucket;
import com.aeghash.ledger.EntryRequest;
import com.aeghash.ledger.SystemAccount;
import com.aeghash.testsupport.PostgresIntegrationTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A closing chunk's set-based posting ({@link com.aeghash.ledger.BulkPosting}) on PostgreSQL: a chunk whose connection
 * dies after its postings leaves nothing behind and is written once by the next call; members with bonus debt repay it
 * first from their confirmations, exactly as {@link DebtRecovery} decides.
 */
@PostgresIntegrationTest
class ClosingChunkPostingIT extends ClosingWorkersTestBase {

    @AfterEach
    void ledgerHoldsAndNoStagedLineIsLeft() {
        assertThat(ledger.checkInvariants().violations()).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ledger_staged_lines", Long.class))
                .isZero();
    }

    @Test
    void aChunkWhoseConnectionIsTerminatedAfterItsPostingsLeavesNothingAndTheNextCallWritesItOnce() {
        Instant cutoff = Instant.now().minus(Duration.ofDays(150));
        ClosingSeed seed = seed(cutoff);
        AtomicBoolean killed = new AtomicBoolean();
        BonusClosingService dying = service(1, new ClosingChunkListener() {
            @Override
            public void posted(long closingId, int chunkNo) {
                if (chunkNo == 2 && killed.compareAndSet(false, true)) { // postings written, entries not moved
                    jdbc.execute("SELECT pg_terminate_backend(pg_backend_pid())");
                }
            }
        });

        assertThatThrownBy(() -> dying.close(cutoff, "finance")).isInstanceOf(RuntimeException.class);

        assertThat(killed).isTrue();
        long closingId = runAt(cutoff);
        ClosingRun interrupted = closings.find(closingId);
        assertThat(interrupted.status()).isEqualTo(ClosingStatus.RUNNING);
        assertThat(interrupted.chunks()).as("only the first chunk committed").isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM ledger_entries WHERE reference LIKE ?",
                        Long.class,
                        "bonus-closing:" + closingId + ":2:%"))
                .as("the killed chunk's ledger entries rolled back")
                .isZero();
        assertThat(availableAccounts(seed))
                .as("AVAILABLE accounts of the first chunk's two members only, none created by the killed one")
                .isEqualTo(2);
        assertThat(jdbc.queryForObject(
                        "SELECT status FROM bonus_closing_chunks WHERE closing_id = ? AND chunk_no = 2",
                        String.class,
                        closingId))
                .isEqualTo("pending");

        ClosingRun resumed = service(2, ClosingChunkListener.NONE).close(cutoff, "finance");

        assertThat(resumed.id()).isEqualTo(closingId);
        assertThat(resumed.status()).isEqualTo(ClosingStatus.COMPLETED);
        assertThat(resumed.processedEntries()).isEqualTo(resumed.totalEntries()).isEqualTo(seed.entries());
        assertEachMemberPaidOnce(seed);
        assertThat(jdbc.queryForList("""
                        SELECT DISTINCT status || ':' || CAST(closing_id AS VARCHAR) FROM bonus_entries
                        WHERE beneficiary_member_id LIKE ? AND status <> 'CANCELLED'""", String.class, prefixOf(seed) + "%"))
                .containsExactly("CONFIRMED:" + closingId);
    }

    @Test
    void membersWithDebtRepayItFirstFromTheirConfirmationsAndOnlyTheRestBecomesAvailable() {
        Instant cutoff = Instant.now().minus(Duration.ofDays(100));
        ClosingSeed seed = seed(cutoff);
        List<String> members = seed.members();
        // confirmed sums: member i gets 3 (i + 1) + 0.6 (its refunded order's entry is cancelled, repays nothing)
        Map<String, BigDecimal> debts = new LinkedHashMap<>();
        debts.put(members.get(0), new BigDecimal("100")); // more than its 3.6: all of it repays, nothing available
        debts.put(members.get(1), new BigDecimal("6.6")); // exactly its confirmed sum
        debts.put(members.get(2), new BigDecimal("1.25")); // less: 8.35 of 9.6 becomes available
        debts.put(members.get(7), new BigDecimal("0.000000000000000001")); // the smallest amount
        owe(debts, "closing chunk posting test: debts " + members.get(0));

        ClosingRun run = service(2, ClosingChunkListener.NONE).close(cutoff, "finance");

        assertThat(run.status()).isEqualTo(ClosingStatus.COMPLETED);
        Map<String, BigDecimal> debtAfter = ledger.balancesOf(Asset.POINT, Bucket.BONUS_DEBT, members);
        BigDecimal recoveredTotal = BigDecimal.ZERO;
        for (String member : members) {
            BigDecimal confirmed = seed.expectedAvailable().get(member);
            BigDecimal debt = debts.getOrDefault(member, BigDecimal.ZERO);
            BigDecimal repaid = debt.min(confirmed);
            recoveredTotal = recoveredTotal.add(repaid);
            assertThat(points(member, Bucket.PENDING)).as(member).isEqualByComparingTo("0");
            assertThat(points(member, Bucket.AVAILABLE)).as(member).isEqualByComparingTo(confirmed.subtract(repaid));
            assertThat(debtAfter.getOrDefault(member, BigDecimal.ZERO))
                    .as(member)
                    .isEqualByComparingTo(debt.subtract(repaid));
        }
        assertThat(points(members.get(2), Bucket.AVAILABLE)).isEqualByComparingTo("8.35");
        assertThat(debtAfter.get(members.get(0))).isEqualByComparingTo("96.4");
        Map<String, BigDecimal> recorded = new LinkedHashMap<>();
        jdbc.query(
                "SELECT member_id, amount FROM bonus_debt_recoveries WHERE closing_id = ? ORDER BY member_id",
                row -> {
                    recorded.put(row.getString("member_id"), row.getBigDecimal("amount"));
                },
                run.id());
        assertThat(recorded).containsOnlyKeys(debts.keySet());
        assertThat(recorded.get(members.get(0))).isEqualByComparingTo("3.6");
        assertThat(recorded.get(members.get(1))).isEqualByComparingTo("6.6");
        assertThat(recorded.get(members.get(2))).isEqualByComparingTo("1.25");
        assertThat(recorded.get(members.get(7))).isEqualByComparingTo("0.000000000000000001");
        assertThat(recorded.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(recoveredTotal);
        assertThat(availableAccounts(seed))
                .as("no AVAILABLE account for the two members whose whole sum repaid their debt")
                .isEqualTo(MEMBERS - 2);
    }

    /** Debts as a clawback leaves them: each member's BONUS_DEBT against the company's BONUS_RECEIVABLE. */
    private void owe(Map<String, BigDecimal> debts, String reference) {
        EntryRequest.Builder entry = EntryRequest.builder(reference, "bonus debts");
        debts.forEach((member, debt) -> entry.add(AccountRef.member(member, Asset.POINT, Bucket.BONUS_DEBT), debt));
        entry.add(
                AccountRef.system(SystemAccount.BONUS_RECEIVABLE, Asset.POINT),
                debts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add).negate());
        ledger.post(entry.build());
    }

    private long availableAccounts(ClosingSeed seed) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM ledger_accounts WHERE owner_id LIKE ? AND bucket = 'AVAILABLE'",
                Long.class,
                prefixOf(seed) + "%");
    }

    private static String prefixOf(ClosingSeed seed) {
        String first = seed.members().get(0);
        return first.substring(0, first.lastIndexOf('-') + 1);
    }
}
