package com.aeghash.ledger.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aeghash.common.ApiException;
import com.aeghash.ledger.AccountRef;
import com.aeghash.ledger.Asset;
import com.aeghash.ledger.Bucket;
import com.aeghash.ledger.EntryRequest;
import com.aeghash.ledger.HoldEntries;
import com.aeghash.ledger.InsufficientBalanceException;
import com.aeghash.ledger.LedgerFixtures;
import com.aeghash.ledger.MemberBalances;
import com.aeghash.ledger.PostingKind;
import com.aeghash.ledger.StatementLine;
import com.aeghash.ledger.StatementPage;
import com.aeghash.ledger.StatementQuery;
import com.aeghash.ledger.SystemAccount;
import com.aeghash.testsupport.MutableClock;
import com.aeghash.testsupport.OnEachDatabase;
import com.aeghash.testsupport.TestDatabaseScope;
import com.aeghash.testsupport.TestDatabases;
import com.aeghash.testsupport.TestIds;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Statements and balances at a time over the real ledger on each database: paging newest first, cursors stable
 * while postings arrive, running balances of every kind of entry (deferred credits too), filters and refusals.
 */
@OnEachDatabase
class StatementsIT {

    private static final Instant START = Instant.parse("2026-11-01T08:00:00Z");

    @Parameter
    TestDatabases.Kind database;

    @RegisterExtension
    final TestDatabaseScope databases = TestDatabaseScope.eachTest();

    private final MutableClock clock = new MutableClock(START);
    private final String member = TestIds.member();
    private LedgerService ledger;
    private StatementsService statements;
    private TransactionTemplate transaction;

    @BeforeEach
    void open() {
        DataSource dataSource = databases.open(database);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        ledger = new LedgerService(new JdbcLedgerRepository(jdbc), clock);
        statements = new StatementsService(new JdbcStatementRepository(jdbc), clock);
        transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    @Test
    void everyKindOfEntryIsListedNewestFirstWithItsAccountsRunningBalance() {
        postEveryKind();

        List<StatementLine> lines = readAll(query(null, null, null, null), 2);

        assertThat(lines).extracting(StatementLine::kind).containsExactly(expectedKindsNewestFirst());
        assertThat(lines).isSortedAccordingTo((a, b) -> b.postedAt().compareTo(a.postedAt()));
        assertRunningBalances(lines);
        MemberBalances now = ledger.balancesOf(member);
        assertThat(lines.get(0).balanceAfter())
                .isEqualByComparingTo(
                        now.of(lines.get(0).asset()).of(lines.get(0).bucket()));
    }

    @Test
    void pagesAlreadyReadNeverShiftWhenNewPostingsArrive() {
        for (int i = 1; i <= 7; i++) {
            credit("early-" + i, "1");
        }
        List<StatementLine> before = readAll(query(null, null, null, null), 50);

        StatementPage first = statements.statement(query(null, null, null, 3));
        credit("late-1", "5");
        credit("late-2", "5");
        StatementPage second = statements.statement(query(null, null, first.nextCursor(), 3));
        StatementPage third = statements.statement(query(null, null, second.nextCursor(), 3));

        assertThat(concat(first.lines(), second.lines(), third.lines())).isEqualTo(before);
        assertThat(third.nextCursor()).isNull();
        assertThat(statements
                        .statement(query(null, null, null, 1))
                        .lines()
                        .get(0)
                        .reference())
                .isEqualTo("late-2");
        assertThat(statements
                        .statement(query(null, null, null, 1))
                        .lines()
                        .get(0)
                        .balanceAfter())
                .isEqualByComparingTo("17");
    }

    @Test
    void aRefusedPostingTakesNoPlaceInItsAccountsHistory() {
        step(() -> ledger.post(LedgerFixtures.credit("before", member, Asset.POINT, "5")));

        assertThatThrownBy(() -> step(() -> ledger.post(EntryRequest.builder("too-much", "overdraw")
                        .move(available(), AccountRef.system(SystemAccount.BONUS_EXPENSE, Asset.POINT), dec("6"))
                        .build())))
                .isInstanceOf(InsufficientBalanceException.class);
        step(() -> ledger.post(LedgerFixtures.credit("after", member, Asset.POINT, "1")));

        List<StatementLine> lines = readAll(query(null, null, null, null), 50);
        assertThat(lines).extracting(StatementLine::reference).containsExactly("after", "before");
        assertThat(lines)
                .extracting(StatementLine::balanceAfter)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("6"), new BigDecimal("5"));
        assertThat(new JdbcTemplate(databases.open(database))
                        .queryForList(
                                "SELECT p.account_seq FROM ledger_postings p JOIN ledger_accounts a ON a.id = p.account_id"
                                        + " WHERE a.owner_type = 'MEMBER' AND a.owner_id = ? ORDER BY p.account_seq",
                                Long.class,
                                member))
                .as("the refused posting left no gap in the account's sequence")
                .containsExactly(1L, 2L);
    }

    @Test
    void filtersNarrowToOneAssetBucketAndTimeRange() {
        postEveryKind();
        Instant middle = START.plusSeconds(4);

        List<StatementLine> held =
                readAll(new StatementQuery(member, Asset.LTC, Bucket.WITHDRAWAL_HOLD, null, null, null, null), 1);
        List<StatementLine> early = readAll(new StatementQuery(member, null, null, null, middle, null, null), 1);
        List<StatementLine> late = readAll(new StatementQuery(member, null, null, middle, null, null, null), 1);

        assertThat(held).allSatisfy(line -> assertThat(line.bucket()).isEqualTo(Bucket.WITHDRAWAL_HOLD));
        assertThat(held)
                .extracting(StatementLine::kind)
                .containsExactly(
                        PostingKind.WITHDRAWAL_RELEASE, PostingKind.WITHDRAWAL_HOLD,
                        PostingKind.WITHDRAWAL_SETTLEMENT, PostingKind.WITHDRAWAL_HOLD);
        assertThat(early).allSatisfy(line -> assertThat(line.postedAt()).isBefore(middle));
        assertThat(late).allSatisfy(line -> assertThat(line.postedAt()).isAfterOrEqualTo(middle));
        assertThat(early.size() + late.size())
                .isEqualTo(readAll(query(null, null, null, null), 50).size());
        assertThat(statements.countUpTo(query(null, null, null, null), 3)).isEqualTo(4);
        assertThat(statements.countUpTo(new StatementQuery(member, Asset.DOGE, null, null, null, null, null), 3))
                .isZero();
    }

    @Test
    void balancesAtEachInstantAreThoseAfterThePostingsUpToIt() {
        credit("c-1", "10");
        Instant afterFirst = clock.instant();
        clock.advance(Duration.ofSeconds(10));
        ledger.post(HoldEntries.hold("withdrawal:1", member, Asset.POINT, new BigDecimal("4"), "hold"));
        Instant afterHold = clock.instant();
        clock.advance(Duration.ofSeconds(10));
        ledger.post(HoldEntries.clear("withdrawal:1", member, Asset.POINT, new BigDecimal("4"), "paid"));
        clock.advance(Duration.ofSeconds(10));

        assertThat(pointAt(START.minusSeconds(1))).containsExactly("0", "0", "0");
        assertThat(pointAt(afterFirst)).containsExactly("10", "0", "0");
        assertThat(pointAt(afterHold.minusNanos(1000))).containsExactly("10", "0", "0");
        assertThat(pointAt(afterHold)).containsExactly("6", "0", "4");
        assertThat(pointAt(clock.instant())).containsExactly("6", "0", "0");
        assertThat(statements.balancesAt(member, clock.instant())).isEqualTo(ledger.balancesOf(member));
        assertThatThrownBy(() -> statements.balancesAt(member, clock.instant().plusSeconds(1)))
                .isInstanceOfSatisfying(
                        ApiException.class,
                        refusal -> assertThat(refusal.field()).isEqualTo("at"));
    }

    @Test
    void badLimitsCursorsAndRangesAreRefusedNamingTheParameter() {
        credit("c-1", "1");
        String cursor = "czEuMS4yLjM"; // s1.1.2.3 without the padding a valid cursor of this statement lacks too

        assertRefused(query(null, null, null, 0), "limit");
        assertRefused(query(null, null, null, 501), "limit");
        assertRefused(query(null, null, "not a cursor", null), "cursor");
        assertRefused(query(null, null, "czEuMS4yLjA", null), "cursor"); // sequence 0
        assertRefused(query(null, null, "eDEuMS4yLjM", null), "cursor"); // another version
        assertRefused(query(null, null, cursorOf("s1.9223372036854775807.2.3"), null), "cursor"); // no such time
        assertRefused(new StatementQuery(member, null, null, START, START, null, null), "from");
        assertThat(statements.statement(query(null, null, cursor, null)).lines())
                .isEmpty();
    }

    private static String cursorOf(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.US_ASCII));
    }

    private void postEveryKind() {
        step(() -> ledger.post(EntryRequest.builder("bonus:order-7", "bonus")
                .move(AccountRef.system(SystemAccount.BONUS_EXPENSE, Asset.POINT), pending(), new BigDecimal("30"))
                .build()));
        step(() -> ledger.post(EntryRequest.builder("mining-profit:2026-11-01:a..z", "mined")
                .move(AccountRef.system(SystemAccount.MINING_INCOME, Asset.LTC), ltc(Bucket.AVAILABLE), dec("2.5"))
                .build()));
        step(() -> ledger.post(HoldEntries.hold("withdrawal:9", member, Asset.LTC, dec("1"), "hold")));
        step(() -> ledger.post(HoldEntries.clear("withdrawal:9", member, Asset.LTC, dec("1"), "paid")));
        step(() -> ledger.post(EntryRequest.builder("bonus-closing:1:1:1", "closing")
                .add(pending(), dec("-30"))
                .add(available(), dec("20"))
                .add(AccountRef.system(SystemAccount.BONUS_EXPENSE, Asset.POINT), dec("10"))
                .build()));
        step(() -> ledger.post(EntryRequest.builder("manual-adjustment:5", "goodwill")
                .move(AccountRef.system(SystemAccount.MANUAL_ADJUSTMENT, Asset.POINT), available(), dec("3"))
                .build()));
        step(() -> ledger.post(HoldEntries.hold("mined-payout-1", member, Asset.LTC, dec("0.5"), "hold")));
        step(() -> ledger.post(HoldEntries.release("mined-payout-1", member, Asset.LTC, dec("0.5"), "failed")));
        step(() -> ledger.post(EntryRequest.builder("hash-power:hp-1", "set")
                .move(
                        AccountRef.system(SystemAccount.HASHPOWER_ISSUANCE, Asset.HASHPOWER),
                        AccountRef.member(member, Asset.HASHPOWER, Bucket.AVAILABLE),
                        dec("100"))
                .build()));
    }

    /** Oldest first: bonus, mining, hold (2), clear, closing (2), adjustment, hold (2), release (2), hash power. */
    private static PostingKind[] expectedKindsNewestFirst() {
        List<PostingKind> oldestFirst = List.of(
                PostingKind.BONUS,
                PostingKind.MINING_INCOME,
                PostingKind.WITHDRAWAL_HOLD,
                PostingKind.WITHDRAWAL_HOLD,
                PostingKind.WITHDRAWAL_SETTLEMENT,
                PostingKind.BONUS_CLOSING,
                PostingKind.BONUS_CLOSING,
                PostingKind.ADJUSTMENT,
                PostingKind.WITHDRAWAL_HOLD,
                PostingKind.WITHDRAWAL_HOLD,
                PostingKind.WITHDRAWAL_RELEASE,
                PostingKind.WITHDRAWAL_RELEASE,
                PostingKind.HASH_POWER);
        List<PostingKind> newestFirst = new ArrayList<>(oldestFirst);
        Collections.reverse(newestFirst);
        return newestFirst.toArray(PostingKind[]::new);
    }

    /** Summing the amounts oldest first per account gives each line's balance after. */
    private static void assertRunningBalances(List<StatementLine> newestFirst) {
        Map<String, BigDecimal> running = new HashMap<>();
        List<StatementLine> oldestFirst = new ArrayList<>(newestFirst);
        Collections.reverse(oldestFirst);
        for (StatementLine line : oldestFirst) {
            BigDecimal after = running.merge(line.asset() + "/" + line.bucket(), line.amount(), BigDecimal::add);
            assertThat(line.balanceAfter()).as(line.reference()).isEqualByComparingTo(after);
        }
    }

    private List<StatementLine> readAll(StatementQuery query, int pageSize) {
        List<StatementLine> lines = new ArrayList<>();
        String cursor = null;
        do {
            StatementPage page = statements.statement(query.withCursor(cursor, pageSize));
            assertThat(page.lines().size()).isLessThanOrEqualTo(pageSize);
            lines.addAll(page.lines());
            cursor = page.nextCursor();
        } while (cursor != null);
        return lines;
    }

    private List<String> pointAt(Instant at) {
        var balance = statements.balancesAt(member, at).of(Asset.POINT);
        return List.of(balance.available(), balance.pending(), balance.withdrawalHold()).stream()
                .map(amount -> amount.stripTrailingZeros().toPlainString())
                .toList();
    }

    private void assertRefused(StatementQuery query, String field) {
        assertThatThrownBy(() -> statements.statement(query)).isInstanceOfSatisfying(ApiException.class, refusal -> {
            assertThat(refusal.field()).isEqualTo(field);
            assertThat(refusal.status().value()).isEqualTo(400);
        });
    }

    private StatementQuery query(Asset asset, Bucket bucket, String cursor, Integer limit) {
        return new StatementQuery(member, asset, bucket, null, null, cursor, limit);
    }

    private void credit(String reference, String amount) {
        ledger.post(LedgerFixtures.credit(reference, member, Asset.POINT, amount));
        clock.advance(Duration.ofSeconds(1));
    }

    private void step(Runnable posting) {
        transaction.executeWithoutResult(status -> posting.run());
        clock.advance(Duration.ofSeconds(1));
    }

    private AccountRef available() {
        return AccountRef.member(member, Asset.POINT, Bucket.AVAILABLE);
    }

    private AccountRef pending() {
        return AccountRef.member(member, Asset.POINT, Bucket.PENDING);
    }

    private AccountRef ltc(Bucket bucket) {
        return AccountRef.member(member, Asset.LTC, bucket);
    }

    private static BigDecimal dec(String amount) {
        return new BigDecimal(amount);
    }

    @SafeVarargs
    private static List<StatementLine> concat(List<StatementLine>... pages) {
        List<StatementLine> all = new ArrayList<>();
        for (List<StatementLine> page : pages) {
            all.addAll(page);
        }
        return all;
    }
}
