package com.aeghash.bonus.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aeghash.audit.AuditLog;
import com.aeghash.bonus.BonusDebts;
import com.aeghash.bonus.BonusRanks;
import com.aeghash.bonus.BonusReports;
import com.aeghash.bonus.PaidOrder;
import com.aeghash.common.UnitOfWork;
import com.aeghash.ledger.AccountRef;
import com.aeghash.ledger.Asset;
import com.aeghash.ledger.Bucket;
import com.aeghash.ledger.BulkPosting;
import com.aeghash.ledger.EntryRequest;
import com.aeghash.ledger.PostingKind;
import com.aeghash.ledger.RecordingBulkPosting;
import com.aeghash.ledger.StatementQuery;
import com.aeghash.ledger.Statements;
import com.aeghash.ledger.SystemAccount;
import com.aeghash.organization.OrganizationFixtures;
import com.aeghash.organization.Registration;
import com.aeghash.testsupport.ApiClient;
import com.aeghash.testsupport.PostgresIntegrationTest;
import com.aeghash.testsupport.TestIds;
import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The global share of closings on PostgreSQL: the period's orders pooled once, qualifiers by their rank at the
 * cut-off, equal shares confirmed into AVAILABLE, the split recorded; an interrupted global share resumes and pays
 * every qualifier exactly once, and a completed closing run again changes nothing. Each test closes a cut-off of its
 * own in the past (ranks are written with history times around it); other tests' members and orders may share the
 * schema, so amounts are checked against the closing's recorded split and the test's own members.
 */
@PostgresIntegrationTest
class GlobalShareIT extends BonusDistributionTestBase {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ClosingRepository closingRuns;

    @Autowired
    JdbcGlobalShareRepository shares;

    @Autowired
    BonusRanks ranks;

    @Autowired
    AuditLog auditLog;

    @Autowired
    UnitOfWork unitOfWork;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    BonusProperties properties;

    @Autowired
    MeterRegistry meters;

    @Autowired
    BonusClosingService closings;

    @Autowired
    BulkPosting bulkPosting;

    @Autowired
    BonusDebts debts;

    @Autowired
    BonusReports reports;

    @Autowired
    Statements statements;

    @AfterEach
    void ledgerInvariantsHold() {
        assertThat(ledger.checkInvariants().violations()).isEmpty();
    }

    @Test
    void theClosingSharesTwentyPercentOfThePeriodsPvAmongTheMembersD2OrHigherAtTheCutoff() {
        Instant cutoff = randomCutoff("2023-01-01T00:00:00Z");
        String root = OrganizationFixtures.root(context, "share-root", "test");
        String d2 = register(root);
        String d3 = register(root);
        String droppedAfter = register(root);
        String promotedAfter = register(root);
        String d1 = register(root);
        String buyer = register(d1);
        RankFixtures.settle(jdbc);
        RankFixtures.change(jdbc, d2, "D2", cutoff.minus(Duration.ofDays(40)));
        RankFixtures.change(jdbc, d3, "D3", cutoff.minus(Duration.ofDays(40)));
        RankFixtures.change(jdbc, droppedAfter, "D2", cutoff.minus(Duration.ofDays(40)));
        RankFixtures.change(jdbc, droppedAfter, "D1", cutoff.plus(Duration.ofHours(1)));
        RankFixtures.change(jdbc, promotedAfter, "D1", cutoff.minus(Duration.ofDays(40)));
        RankFixtures.change(jdbc, promotedAfter, "D2", cutoff.plus(Duration.ofHours(1)));
        RankFixtures.change(jdbc, d1, "D1", cutoff.minus(Duration.ofDays(40)));
        RankFixtures.change(jdbc, d2, "FREE", cutoff.plus(Duration.ofDays(1)));
        RankFixtures.change(jdbc, d3, "FREE", cutoff.plus(Duration.ofDays(1)));
        String first = order(buyer, "100", cutoff.minus(Duration.ofDays(5)));
        String second = order(buyer, "250", cutoff.minus(Duration.ofDays(4)));
        String refunded = order(buyer, "1000", cutoff.minus(Duration.ofDays(5)));
        bonuses.markRefunded(refunded, cutoff.minus(Duration.ofDays(4)));
        String tooRecent = order(buyer, "1000", cutoff.minus(Duration.ofDays(1)));
        ApiClient finance = ApiClient.newOperator(port, "FINANCE");

        ApiClient.Response closed = finance.postJson("/api/v1/bonus/closings", Map.of("cutoff", cutoff));

        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        assertThat(closed.map())
                .containsEntry("status", "COMPLETED")
                .containsKeys("confirmedAmount", "globalSharePool", "globalShareAmount", "globalShareRemainder")
                .containsKey("globalShareQualifiers");
        long closingId = ((Number) closed.map().get("id")).longValue();
        GlobalShareRun run = shares.find(closingId).orElseThrow();
        assertThat(pooledBy(first)).isEqualTo(closingId);
        assertThat(pooledBy(second)).isEqualTo(closingId);
        assertThat(pooledBy(refunded)).as("refunded before the closing").isNull();
        assertThat(pooledBy(tooRecent))
                .as("inside the refund delay: the next closing's")
                .isNull();
        GlobalShareSplit split = run.split();
        assertThat(split.pvAmount()).isGreaterThanOrEqualTo(new BigDecimal("350"));
        assertThat(split)
                .usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .isEqualTo(GlobalShareSplit.of(split.pvAmount(), new BigDecimal("20"), split.qualifiers()));
        assertThat(new BigDecimal(closed.map().get("globalSharePool").toString()))
                .isEqualByComparingTo(split.pool());
        assertThat(run.status()).isEqualTo(ClosingStatus.COMPLETED);
        assertThat(run.paidMembers()).isEqualTo(split.qualifiers());
        assertThat(globalSharesOf(closingId))
                .containsKeys(d2, d3, droppedAfter)
                .doesNotContainKeys(promotedAfter, d1, buyer)
                .hasSize((int) split.qualifiers());
        assertThat(globalSharesOf(closingId).values())
                .allSatisfy(amount -> assertThat(amount).isEqualByComparingTo(split.share()));
        BigDecimal d2Available = split.share().add(confirmedOrderBonuses(d2, closingId));
        assertThat(available(d2))
                .as("its share and its (sponsor) entries this closing confirmed")
                .isEqualByComparingTo(d2Available);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM bonus_global_share_members WHERE closing_id = ?", Long.class, closingId))
                .isZero();
        assertThat(auditLog.recent("bonus.global_share.completed", 500))
                .anySatisfy(entry -> assertThat(entry.target()).isEqualTo("closing:" + closingId));

        ApiClient.Response again = finance.postJson("/api/v1/bonus/closings", Map.of("cutoff", cutoff));
        assertThat(again.map()).isEqualTo(closed.map());
        assertThat(globalSharesOf(closingId)).hasSize((int) split.qualifiers());
        assertThat(available(d2)).isEqualByComparingTo(d2Available);
    }

    @Test
    void aCrashInTheMiddleOfTheGlobalShareResumesAndPaysEveryQualifierOnce() {
        Instant cutoff = randomCutoff("2023-06-01T00:00:00Z");
        String root = OrganizationFixtures.root(context, "share-root", "test");
        List<String> qualifiers = List.of(register(root), register(root), register(root), register(root));
        String buyer = register(root);
        RankFixtures.settle(jdbc);
        qualifiers.forEach(member -> RankFixtures.change(jdbc, member, "D2", cutoff.minus(Duration.ofDays(3))));
        qualifiers.forEach(member -> RankFixtures.change(jdbc, member, "FREE", cutoff.plus(Duration.ofDays(1))));
        order(buyer, "1000", cutoff.minus(Duration.ofDays(3)));
        BonusProperties oneMemberChunks = withGlobalShareChunks(1);
        BonusClosingService crashing =
                closingService(oneMemberChunks, RecordingBulkPosting.failingOnCall(bulkPosting, 2));

        assertThatThrownBy(() -> crashing.close(cutoff, "finance")).hasMessageContaining("simulated crash");
        ClosingRun interrupted = closingRuns.findByCutoff(cutoff).orElseThrow();
        assertThat(interrupted.status()).isEqualTo(ClosingStatus.RUNNING);
        GlobalShareRun half = shares.find(interrupted.id()).orElseThrow();
        assertThat(half.status()).isEqualTo(ClosingStatus.RUNNING);
        assertThat(half.chunks()).as("the second chunk rolled back whole").isEqualTo(1);
        assertThat(half.paidMembers()).isEqualTo(1);
        assertThat(globalSharesOf(interrupted.id())).hasSize(1);

        ClosingRun resumed = closingService(oneMemberChunks, bulkPosting).close(cutoff, "finance");

        GlobalShareRun done = shares.find(resumed.id()).orElseThrow();
        assertThat(resumed.status()).isEqualTo(ClosingStatus.COMPLETED);
        assertThat(done.status()).isEqualTo(ClosingStatus.COMPLETED);
        assertThat(done.split().qualifiers()).isGreaterThanOrEqualTo(4);
        assertThat(done.paidMembers()).isEqualTo(done.split().qualifiers());
        assertThat(done.chunks()).isEqualTo((int) done.split().qualifiers());
        Map<String, BigDecimal> paid = globalSharesOf(resumed.id());
        assertThat(paid).hasSize((int) done.split().qualifiers()).containsKeys(qualifiers.toArray(String[]::new));
        assertThat(jdbc.queryForObject("""
                        SELECT COUNT(*) FROM bonus_entries WHERE closing_id = ? AND bonus_type = 'GLOBAL_SHARE'
                        AND status = 'CONFIRMED'""", Long.class, resumed.id()))
                .as("one entry per qualifier, none twice")
                .isEqualTo(done.split().qualifiers());
        for (String member : qualifiers) {
            assertThat(available(member))
                    .isEqualByComparingTo(done.split().share().add(confirmedOrderBonuses(member, resumed.id())));
        }
        BigDecimal posted = jdbc.queryForObject("""
                SELECT COALESCE(SUM(p.amount), 0) FROM ledger_postings p JOIN ledger_entries e ON e.id = p.entry_id
                WHERE e.reference LIKE ? AND p.amount > 0""", BigDecimal.class, "bonus-global-share:" + resumed.id() + ":%");
        assertThat(posted).isEqualByComparingTo(done.paidAmount());

        ClosingRun rerun = closings.close(cutoff, "finance");
        assertThat(rerun.globalShare()).isEqualTo(resumed.globalShare());
        assertThat(globalSharesOf(resumed.id())).isEqualTo(paid);
        assertThat(available(qualifiers.get(0)))
                .isEqualByComparingTo(done.split().share());
    }

    /**
     * A qualifier's share repays their bonus debt first, like any confirmation: all of it for a debt above the share,
     * the debt for a smaller one, nothing for a member without; recorded per member once, even when the phase
     * crashed after a committed chunk and resumed; the report's {@code debtRecovered} and the member's statement
     * (bucket BONUS_DEBT, kind {@code bonus_global_share}) show it.
     */
    @Test
    void theGlobalShareRepaysBonusDebtFirstAndOnceAcrossACrash() {
        Instant cutoff = randomCutoff("2024-05-01T00:00:00Z");
        String root = OrganizationFixtures.root(context, "share-root", "test");
        String deepInDebt = register(root);
        String slightlyInDebt = register(root);
        String debtFree = register(root);
        List<String> qualifiers = List.of(deepInDebt, slightlyInDebt, debtFree);
        String buyer = register(root);
        RankFixtures.settle(jdbc);
        qualifiers.forEach(member -> RankFixtures.change(jdbc, member, "D2", cutoff.minus(Duration.ofDays(3))));
        qualifiers.forEach(member -> RankFixtures.change(jdbc, member, "FREE", cutoff.plus(Duration.ofDays(1))));
        order(buyer, "1000", cutoff.minus(Duration.ofDays(3)));
        owe(deepInDebt, "1000000");
        owe(slightlyInDebt, "0.01");
        BonusProperties oneMemberChunks = withGlobalShareChunks(1);

        assertThatThrownBy(() -> closingService(oneMemberChunks, RecordingBulkPosting.failingOnCall(bulkPosting, 2))
                        .close(cutoff, "finance"))
                .hasMessageContaining("simulated crash");
        ClosingRun resumed = closingService(oneMemberChunks, bulkPosting).close(cutoff, "finance");

        assertThat(resumed.status()).isEqualTo(ClosingStatus.COMPLETED);
        BigDecimal share = shares.find(resumed.id()).orElseThrow().split().share();
        assertThat(share).as("200 pooled at least, among a few qualifiers").isGreaterThan(new BigDecimal("0.01"));
        assertThat(recoveriesOf(resumed.id(), deepInDebt)).containsExactly(share.stripTrailingZeros());
        assertThat(recoveriesOf(resumed.id(), slightlyInDebt)).containsExactly(new BigDecimal("0.01"));
        assertThat(recoveriesOf(resumed.id(), debtFree)).isEmpty();
        assertThat(debts.debtOf(deepInDebt)).isEqualByComparingTo(new BigDecimal("1000000").subtract(share));
        assertThat(debts.debtOf(slightlyInDebt)).isEqualByComparingTo("0");
        assertThat(available(deepInDebt)).as("all of its share repaid debt").isEqualByComparingTo("0");
        assertThat(available(slightlyInDebt)).isEqualByComparingTo(share.subtract(new BigDecimal("0.01")));
        assertThat(available(debtFree)).isEqualByComparingTo(share);
        assertThat(globalSharesOf(resumed.id()))
                .as("the entries still say what was confirmed")
                .containsEntry(deepInDebt, share)
                .containsEntry(slightlyInDebt, share);
        BigDecimal recorded = jdbc.queryForObject(
                "SELECT SUM(amount) FROM bonus_debt_recoveries WHERE closing_id = ?", BigDecimal.class, resumed.id());
        assertThat(reports.report(resumed.id(), null, 10).debtRecovered())
                .as("the settlement report's debtRecovered includes the global share's")
                .isEqualByComparingTo(recorded)
                .isGreaterThanOrEqualTo(share.add(new BigDecimal("0.01")));
        assertThat(statements
                        .statement(new StatementQuery(deepInDebt, Asset.POINT, Bucket.BONUS_DEBT, null, null, null, 10))
                        .lines())
                .anySatisfy(line -> {
                    assertThat(line.kind()).isEqualTo(PostingKind.BONUS_GLOBAL_SHARE);
                    assertThat(line.amount()).isEqualByComparingTo(share.negate());
                });

        closings.close(cutoff, "finance");
        assertThat(recoveriesOf(resumed.id(), deepInDebt))
                .as("run again: nothing more")
                .containsExactly(share.stripTrailingZeros());
        assertThat(debts.debtOf(deepInDebt)).isEqualByComparingTo(new BigDecimal("1000000").subtract(share));
    }

    /** A bonus debt as a clawback leaves it: the member's BONUS_DEBT up, the company's receivable down. */
    private void owe(String member, String amount) {
        ledger.post(EntryRequest.builder("test-debt:" + member, "a clawback's debt")
                .move(
                        AccountRef.system(SystemAccount.BONUS_RECEIVABLE, Asset.POINT),
                        AccountRef.member(member, Asset.POINT, Bucket.BONUS_DEBT),
                        new BigDecimal(amount))
                .build());
    }

    private List<BigDecimal> recoveriesOf(long closingId, String member) {
        return jdbc
                .queryForList(
                        "SELECT amount FROM bonus_debt_recoveries WHERE closing_id = ? AND member_id = ?",
                        BigDecimal.class,
                        closingId,
                        member)
                .stream()
                .map(BigDecimal::stripTrailingZeros)
                .toList();
    }

    /** A closing whose global share posts its steps through {@code sharePostings}. */
    private BonusClosingService closingService(BonusProperties settings, BulkPosting sharePostings) {
        GlobalSharePhase phase =
                new GlobalSharePhase(shares, closingRuns, ranks, ledger, sharePostings, auditLog, events, settings);
        return new BonusClosingService(
                closingRuns,
                ledger,
                bulkPosting,
                auditLog,
                unitOfWork,
                events,
                settings,
                Clock.systemUTC(),
                meters,
                phase,
                1,
                ClosingCarry.NONE);
    }

    private BonusProperties withGlobalShareChunks(int members) {
        BonusProperties.GlobalShare share = properties.globalShare();
        return new BonusProperties(
                properties.rules(),
                properties.plans(),
                properties.closing(),
                properties.center(),
                new BonusProperties.GlobalShare(share.percentage(), share.minRank(), members));
    }

    private Map<String, BigDecimal> globalSharesOf(long closingId) {
        Map<String, BigDecimal> amounts = new java.util.HashMap<>();
        jdbc.query(
                """
                SELECT beneficiary_member_id, amount FROM bonus_entries
                WHERE closing_id = ? AND bonus_type = 'GLOBAL_SHARE'""",
                row -> {
                    BigDecimal before = amounts.put(row.getString(1), row.getBigDecimal(2));
                    assertThat(before)
                            .as("one global share per member and closing")
                            .isNull();
                },
                closingId);
        return amounts;
    }

    private BigDecimal confirmedOrderBonuses(String member, long closingId) {
        return jdbc.queryForObject("""
                SELECT COALESCE(SUM(amount), 0) FROM bonus_entries WHERE beneficiary_member_id = ? AND closing_id = ?
                AND status = 'CONFIRMED' AND bonus_type <> 'GLOBAL_SHARE'""", BigDecimal.class, member, closingId);
    }

    private Long pooledBy(String reference) {
        return jdbc.queryForObject(
                "SELECT global_share_closing_id FROM bonus_orders WHERE order_reference = ?", Long.class, reference);
    }

    private BigDecimal available(String member) {
        return ledger.balancesOf(member).of(Asset.POINT).available();
    }

    private String order(String buyer, String pv, Instant paidAt) {
        String reference = TestIds.unique("share-order");
        bonuses.distribute(new PaidOrder(reference, buyer, new BigDecimal(pv), paidAt));
        return reference;
    }

    private String register(String referrer) {
        return organization
                .register(new Registration(TestIds.member(), referrer, referrer), "test")
                .memberId();
    }

    /**
     * A cut-off of the test's own, within 100 days of {@code from}: the tests' ranks hold D2 or more only from 40 days
     * before their cut-off to a day after it, and their windows ({@code from}s 150 days apart) never overlap.
     */
    static Instant randomCutoff(String from) {
        return Instant.parse(from).plusSeconds(ThreadLocalRandom.current().nextLong(86_400 * 100L));
    }
}
