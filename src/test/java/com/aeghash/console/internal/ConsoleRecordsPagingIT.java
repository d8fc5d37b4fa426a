package com.aeghash.console.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.common.SqlTimes;
import com.aeghash.testsupport.BrowserSession;
import com.aeghash.testsupport.OnEachDatabase;
import com.aeghash.testsupport.TestDatabases;
import com.aeghash.testsupport.TestIds;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The records the console lists page by page (a member's wallet transactions and devices, the partner event log,
 * the mining ETL runs), each with more rows than a page: every row once in the list's order, the newest-first lists
 * unmoved by a row added between two page loads, and two lists of one page paged independently.
 */
@OnEachDatabase
class ConsoleRecordsPagingIT extends ConsolePagingTestBase {

    ConsoleRecordsPagingIT(TestDatabases.Kind database) {
        super(database);
    }

    @Test
    void aMembersWalletTransactionsAndDevicesArePagedEachByItsOwnCursor() {
        String member = TestIds.member();
        String prefix = TestIds.unique("tx").toLowerCase(Locale.ROOT);
        Instant start = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        IntStream.range(0, 45).forEach(index -> walletTransaction(member, prefix, index));
        IntStream.range(0, 25).forEach(index -> device(member, prefix, index, start.plusSeconds(index)));
        BrowserSession operations = signedIn();
        String page = "/console/members?memberId=" + member;

        List<PageWalk.Page> transactions = new PageWalk(operations, Pattern.compile(Pattern.quote(prefix) + "-t\\d{3}"))
                .within(PageWalk.between("<h2>Wallet</h2>", "<h2>Mining</h2>"))
                .afterFirstPage(() -> walletTransaction(member, prefix, 45))
                .walk(page);
        List<PageWalk.Page> devices = new PageWalk(operations, Pattern.compile(Pattern.quote(prefix) + "-d\\d{3}"))
                .within(PageWalk.between("<h2>Devices", "<h2>Bonus entries"))
                .afterFirstPage(() -> device(member, prefix, 25, start.plusSeconds(25)))
                .walk(page);

        PageWalk.assertShown(transactions, newestFirst(markers(prefix + "-t", 45)));
        assertThat(transactions).hasSize(3);
        assertThat(transactions.get(0).markers()).hasSize(MemberPageController.RECENT);
        PageWalk.assertShown(devices, newestFirst(markers(prefix + "-d", 25)));
        assertThat(transactions.get(1).next()).contains("memberId=" + member).doesNotContain("devicesBefore");
        assertThat(operations.get(page + "&walletBefore=x").statusCode()).isEqualTo(400);
    }

    @Test
    void thePartnerEventLogIsPagedNewestFirst() {
        String prefix = TestIds.unique("evt").toLowerCase(Locale.ROOT);
        IntStream.range(0, 55).forEach(index -> partnerEvent(prefix, index));

        List<PageWalk.Page> pages = new PageWalk(
                        new ConsoleFixtures(port, ledger).signedInAsAdmin(),
                        Pattern.compile(Pattern.quote(prefix) + "-\\d{3}"))
                .afterFirstPage(() -> partnerEvent(prefix, 55))
                .walk("/console/partners");

        PageWalk.assertShown(pages, newestFirst(markers(prefix + "-", 55)));
        assertThat(pages.get(0).markers()).hasSize(PartnerPageController.EVENTS_SHOWN);
    }

    @Test
    void etlRunsArePagedByDateNewestFirst() {
        LocalDate first = LocalDate.of(1900, 1, 1)
                .plusDays(Math.floorMod(TestIds.unique("d").hashCode(), 1000) * 30L);
        List<String> dates = new ArrayList<>();
        IntStream.range(0, 25).forEach(index -> dates.add(etlRun(first.plusDays(index))));

        List<PageWalk.Page> pages = new PageWalk(
                        signedIn(),
                        Pattern.compile(dates.stream()
                                .map(Pattern::quote)
                                .reduce((one, other) -> one + "|" + other)
                                .orElseThrow()))
                .within(PageWalk.between("<h2>Mining ETL runs</h2>", "<h2>HashDam project</h2>"))
                .walk("/console/jobs");

        assertThat(PageWalk.markers(pages)).containsExactlyElementsOf(newestFirst(dates));
        assertThat(pages.get(pages.size() - 1).next()).isNull();
        assertThat(pages.stream().filter(page -> !page.markers().isEmpty())).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void theJobsPagesListsArePagedEachByItsOwnCursor() {
        String prefix = TestIds.unique("job").toLowerCase(Locale.ROOT);
        List<Long> unknown = new ArrayList<>();
        try {
            IntStream.range(0, 25).forEach(index -> miningWithdrawal(prefix, index));
            IntStream.range(0, 25).forEach(index -> unknown.add(unknownTransaction(prefix, index)));
            BrowserSession operations = signedIn();

            List<PageWalk.Page> withdrawals = new PageWalk(
                            operations, Pattern.compile(Pattern.quote(prefix) + "-w\\d{3}"))
                    .within(PageWalk.between("<h2>Mining withdrawals</h2>", "id=\"wallet-unknown\""))
                    .afterFirstPage(() -> miningWithdrawal(prefix, 25))
                    .walk("/console/jobs?miningStatus=completed");
            List<PageWalk.Page> unknownOnes = new PageWalk(
                            operations, Pattern.compile(Pattern.quote(prefix) + "-u\\d{3}"))
                    .within(PageWalk.between("id=\"wallet-unknown\"", null))
                    .afterFirstPage(() -> unknown.add(unknownTransaction(prefix, 25)))
                    .walk("/console/jobs");

            PageWalk.assertShown(withdrawals, newestFirst(markers(prefix + "-w", 25)));
            assertThat(withdrawals.get(1).first()).contains("miningStatus=completed");
            PageWalk.assertShown(unknownOnes, markers(prefix + "-u", 26));
        } finally {
            unknown.forEach(id -> jdbc.sql("UPDATE wallet_transactions SET status = 'FAILED' WHERE id = :id")
                    .param("id", id)
                    .update());
        }
    }

    @Test
    void procurementsArePagedNewestFirst() {
        String prefix = TestIds.unique("proc").toLowerCase(Locale.ROOT);
        IntStream.range(0, 55).forEach(index -> procurement(prefix, index));

        List<PageWalk.Page> pages = new PageWalk(signedIn(), Pattern.compile(Pattern.quote(prefix) + "-\\d{3}"))
                .within(PageWalk.between("<h2>Procurements</h2>", null))
                .afterFirstPage(() -> procurement(prefix, 55))
                .walk("/console/mining");

        PageWalk.assertShown(pages, newestFirst(markers(prefix + "-", 55)));
    }

    private void walletTransaction(String member, String prefix, int index) {
        jdbc.sql("""
                        INSERT INTO wallet_transactions (reference, kind, status, member_id, source_label, to_address,
                            amount, txid, send_attempts, check_count, created_at, updated_at, version, actor)
                        VALUES (:reference, 'TRANSFER', 'FAILED', :member, 'console-test',
                            '0x1111111111111111111111111111111111111111', 1, :txid, 1, 0, :now, :now, 0, 'test')""")
                .param("reference", TestIds.unique("paging"))
                .param("member", member)
                .param("txid", prefix + "-t" + String.format("%03d", index))
                .param("now", SqlTimes.utc(Instant.now()))
                .update();
    }

    private void device(String member, String prefix, int index, Instant firstSeen) {
        jdbc.sql("""
                        INSERT INTO risk_known_devices (member_id, device_id, first_seen_at, last_seen_at)
                        VALUES (:member, :device, :first, :first)""")
                .param("member", member)
                .param("device", prefix + "-d" + String.format("%03d", index))
                .param("first", SqlTimes.utc(firstSeen))
                .update();
    }

    private void partnerEvent(String prefix, int index) {
        jdbc.sql("""
                        INSERT INTO partner_inbound_events (received_at, remote_address, method, path, idempotency_key,
                            signature_check, response_status, replayed, duration_millis)
                        VALUES (:now, '127.0.0.1', 'POST', '/api/aegmall/v1/orders', :key, 'VALID_CURRENT', 201,
                            FALSE, 1)""")
                .param("now", SqlTimes.utc(Instant.now()))
                .param("key", prefix + "-" + String.format("%03d", index))
                .update();
    }

    private String etlRun(LocalDate date) {
        jdbc.sql("""
                        INSERT INTO etl_runs (job_name, run_date, status, created_at, updated_at, completed_at)
                        VALUES (:job, :date, 'completed', :now, :now, :now)""")
                .param("job", "mining-profit")
                .param("date", date)
                .param("now", SqlTimes.utc(Instant.now()))
                .update();
        return date.toString();
    }

    private void miningWithdrawal(String prefix, int index) {
        jdbc.sql("""
                        INSERT INTO mining_withdrawals (payout_reference, member_id, coin, amount, status, attempts,
                            checks, requested_at, updated_at)
                        VALUES (:reference, 'paging-member', 'DOGE', 1, 'completed', 1, 0, :now, :now)""")
                .param("reference", prefix + "-w" + String.format("%03d", index))
                .param("now", SqlTimes.utc(Instant.now()))
                .update();
    }

    /** An unknown transfer the reconciler leaves alone (its next check far ahead); the test marks it failed after. */
    private long unknownTransaction(String prefix, int index) {
        String reference = TestIds.unique("paging");
        jdbc.sql("""
                        INSERT INTO wallet_transactions (reference, kind, status, member_id, source_label, to_address,
                            amount, txid, send_attempts, check_count, next_check_at, created_at, updated_at, version,
                            actor)
                        VALUES (:reference, 'TRANSFER', 'UNKNOWN', 'paging-member', :source,
                            '0x1111111111111111111111111111111111111111', 1, NULL, 1, 0, :later, :now, :now, 0,
                            'test')""")
                .param("reference", reference)
                .param("source", prefix + "-u" + String.format("%03d", index))
                .param("later", SqlTimes.utc(Instant.parse("2999-01-01T00:00:00Z")))
                .param("now", SqlTimes.utc(Instant.now()))
                .update();
        return jdbc.sql("SELECT id FROM wallet_transactions WHERE reference = :reference")
                .param("reference", reference)
                .query(Long.class)
                .single();
    }

    private void procurement(String prefix, int index) {
        jdbc.sql("""
                        INSERT INTO mining_procurements (credit_amount, status, requested_by, reason, created_at,
                            updated_at)
                        VALUES (1, 'NOT_APPROVED', :by, 'paging test', :now, :now)""")
                .param("by", prefix + "-" + String.format("%03d", index))
                .param("now", SqlTimes.utc(Instant.now()))
                .update();
    }

    private static List<String> markers(String prefix, int count) {
        return IntStream.range(0, count)
                .mapToObj(index -> prefix + String.format("%03d", index))
                .toList();
    }

    private static List<String> newestFirst(List<String> inOrder) {
        List<String> reversed = new ArrayList<>(inOrder);
        Collections.reverse(reversed);
        return reversed;
    }
}
