package com.aeghash.bonus.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.aeghash.bonus.BonusClawback;
import com.aeghash.bonus.BonusDebts;
import com.aeghash.bonus.BonusEntry;
import com.aeghash.bonus.BonusEntryStatus;
import com.aeghash.bonus.BonusReports;
import com.aeghash.bonus.PaidOrder;
import com.aeghash.ledger.AccountRef;
import com.aeghash.ledger.Asset;
import com.aeghash.ledger.AssetBalance;
import com.aeghash.ledger.Bucket;
import com.aeghash.ledger.EntryRequest;
import com.aeghash.ledger.SystemAccount;
import com.aeghash.organization.OrganizationFixtures;
import com.aeghash.organization.Registration;
import com.aeghash.testsupport.ApiClient;
import com.aeghash.testsupport.Concurrently;
import com.aeghash.testsupport.MemberJwts;
import com.aeghash.testsupport.OnEachDatabase;
import com.aeghash.testsupport.TestApplication;
import com.aeghash.testsupport.TestDatabases;
import com.aeghash.testsupport.TestIds;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Refunds after confirmation through the real application and database, on H2 and PostgreSQL: clawback, bonus debt,
 * its recovery by the next closings, the debt API, and (PostgreSQL) refunds racing a closing. Each test has its own
 * chain root ← 1 ← 2 ← 3 (an order of 3 with PV 100 pays 2 31, 1 6) and a cut-off of its own in the past; the root is
 * the context's first (shared), so it and its uplines are paid too.
 */
@OnEachDatabase
class BonusClawbackFlowIT extends BonusDistributionTestBase {

    @RegisterExtension
    final TestApplication application;

    private final TestDatabases.Kind database;

    @LocalServerPort
    int port;

    @Autowired
    BonusClosingService closings;

    @Autowired
    BonusOrderRepository orders;

    @Autowired
    BonusDebts debts;

    @Autowired
    BonusReports reports;

    @Autowired
    JdbcTemplate jdbc;

    private String prefix;
    private Instant cutoff;

    BonusClawbackFlowIT(TestDatabases.Kind database) {
        this.database = database;
        application = TestApplication.on(database);
    }

    @BeforeEach
    void setUp() {
        prefix = TestIds.unique("claw");
        cutoff = Instant.parse("2022-01-01T00:00:00Z")
                .plusSeconds(ThreadLocalRandom.current().nextLong(86_400 * 300L));
        String previous = OrganizationFixtures.root(context, prefix + "-root", "test");
        for (int index = 1; index <= 3; index++) {
            organization.register(new Registration(member(index), previous, previous), "test");
            previous = member(index);
        }
    }

    @AfterEach
    void ledgerInvariantsHold() {
        assertThat(ledger.checkInvariants().violations()).isEmpty();
    }

    @Test
    void aRefundAfterConfirmationClawsBackAvailableAndRecordsTheRestAsDebt() {
        distribute("o1", cutoff.minus(Duration.ofDays(5)));
        closings.close(cutoff, "finance");
        spend(member(2), "20");

        bonuses.markRefunded(reference("o1"), cutoff.plus(Duration.ofHours(1)));

        assertThat(statusesOf("o1")).containsOnly(BonusEntryStatus.CLAWED_BACK);
        assertThat(points(member(2)).available()).isEqualByComparingTo("0");
        assertThat(points(member(1)).available()).isEqualByComparingTo("0");
        assertThat(debts.debtOf(member(2))).as("31 clawed back, 11 available").isEqualByComparingTo("20");
        assertThat(debts.debtOf(member(1))).isEqualByComparingTo("0");
        List<BonusClawback> rows = debts.clawbacksOfOrder(reference("o1"));
        int entries = orders.entriesOfOrder(reference("o1")).size(); // the root may have uplines of other tests
        assertThat(rows).as("one per entry").hasSize(entries);
        assertThat(rows.stream().map(BonusClawback::toDebt).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("20");
        assertThat(count("SELECT COUNT(*) FROM ledger_entries WHERE reference = ?", "clawback:" + reference("o1")))
                .isEqualTo(1);

        bonuses.markRefunded(reference("o1"), cutoff.plus(Duration.ofHours(2)));

        assertThat(debts.clawbacksOfOrder(reference("o1")))
                .as("a second refund changes nothing")
                .hasSize(entries);
        assertThat(debts.debtOf(member(2))).isEqualByComparingTo("20");
        ApiClient.Response read =
                ApiClient.newOperator(port, "OPERATIONS").get("/api/v1/members/" + member(2) + "/bonus-debt");
        assertThat(read.status()).as("%s", read.body()).isEqualTo(200);
        assertThat(read.text("debt")).isEqualTo("20");
        assertThat(read.text("asset")).isEqualTo("POINT");
        assertThat(ApiClient.bearer(port, MemberJwts.forMember(member(2)))
                        .get("/api/v1/members/" + member(2) + "/bonus-debt")
                        .text("debt"))
                .as("the member's own token")
                .isEqualTo("20");
        assertThat(ApiClient.bearer(port, MemberJwts.forMember(member(1)))
                        .get("/api/v1/members/" + member(2) + "/bonus-debt")
                        .status())
                .as("another member's token")
                .isEqualTo(403);
        assertThat(ApiClient.newOperator(port, "FINANCE")
                        .get("/api/v1/members/" + prefix + "-nobody/bonus-debt")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void theNextClosingsRecoverTheDebtBeforeAnythingBecomesAvailable() {
        distribute("o1", cutoff.minus(Duration.ofDays(5)));
        closings.close(cutoff, "finance");
        spend(member(2), "31");
        bonuses.markRefunded(reference("o1"), cutoff.plus(Duration.ofHours(1)));
        assertThat(debts.debtOf(member(2))).isEqualByComparingTo("31");
        Instant second = cutoff.plus(Duration.ofDays(1));
        bonuses.distribute(
                new PaidOrder(reference("o2"), member(3), new BigDecimal("50"), second.minus(Duration.ofDays(3))));

        ClosingRun partly = closings.close(second, "finance");

        assertThat(debts.debtOf(member(2))).as("31 - (15 + 0.5)").isEqualByComparingTo("15.5");
        assertThat(points(member(2)).available()).isEqualByComparingTo("0");
        assertThat(debts.recoveredIn(partly.id())).isEqualByComparingTo("15.5");
        assertThat(reports.report(partly.id(), null, 10).debtRecovered())
                .as("the settlement report tells what the closing's confirmations repaid")
                .isEqualByComparingTo("15.5");

        Instant third = second.plus(Duration.ofDays(1));
        distribute("o3", third.minus(Duration.ofDays(3)));
        ClosingRun fully = closings.close(third, "finance");

        assertThat(debts.debtOf(member(2))).isEqualByComparingTo("0");
        assertThat(points(member(2)).available()).as("31 - 15.5").isEqualByComparingTo("15.5");
        assertThat(debts.recoveredIn(fully.id())).isEqualByComparingTo("15.5");
        assertThat(count(
                        "SELECT COUNT(*) FROM bonus_debt_recoveries WHERE member_id = ? AND closing_id IN (?, ?)",
                        member(2),
                        partly.id(),
                        fully.id()))
                .isEqualTo(2);
    }

    /**
     * Each round: orders confirmed by nobody yet, a closing (chunks of 10,000) started at the same moment as their
     * refunds, and one more order refunded once the closing is done. Whatever the interleaving, every entry ends
     * cancelled once or confirmed and clawed back once, and with nothing spent nobody keeps or owes anything.
     */
    @Test
    void refundsRacingAClosingCancelOrClawBackEachEntryOnce() throws Exception {
        assumeThat(database).as("row locks as in production").isEqualTo(TestDatabases.Kind.POSTGRES);
        int orderCount = 6;
        for (int round = 1; round <= 4; round++) {
            Instant roundCutoff = cutoff.plus(Duration.ofDays(round));
            for (int order = 1; order <= orderCount; order++) {
                distribute("r" + round + "-" + order, roundCutoff.minus(Duration.ofDays(3)));
            }
            distribute("r" + round + "-late", roundCutoff.minus(Duration.ofDays(3)));
            int currentRound = round;
            Concurrently.run(orderCount + 1, thread -> {
                if (thread == orderCount) {
                    return closings.close(roundCutoff, "finance");
                }
                bonuses.markRefunded(
                        reference("r" + currentRound + "-" + (thread + 1)), roundCutoff.plus(Duration.ofHours(1)));
                return null;
            });
            bonuses.markRefunded(reference("r" + round + "-late"), roundCutoff.plus(Duration.ofHours(2)));
            assertThat(statusesOf("r" + round + "-late"))
                    .as("refunded after the closing: clawed back")
                    .containsOnly(BonusEntryStatus.CLAWED_BACK);
            closings.close(roundCutoff.plusSeconds(1), "finance"); // cancels what was refunded before it
            for (int order = 1; order <= orderCount; order++) {
                String reference = reference("r" + round + "-" + order);
                List<BonusEntry> entries = orders.entriesOfOrder(reference);
                assertThat(entries)
                        .extracting(BonusEntry::status)
                        .containsAnyOf(BonusEntryStatus.CANCELLED, BonusEntryStatus.CLAWED_BACK)
                        .doesNotContain(BonusEntryStatus.PENDING, BonusEntryStatus.CONFIRMED);
                long clawedBack = entries.stream()
                        .filter(entry -> entry.status() == BonusEntryStatus.CLAWED_BACK)
                        .count();
                assertThat(count("SELECT COUNT(*) FROM bonus_clawbacks WHERE order_reference = ?", reference))
                        .isEqualTo(clawedBack);
            }
        }
        for (String member : List.of(member(1), member(2), prefix + "-root")) {
            assertThat(points(member).available()).isEqualByComparingTo("0");
            assertThat(points(member).pending()).isEqualByComparingTo("0");
            assertThat(debts.debtOf(member)).isEqualByComparingTo("0");
        }
        assertThat(ledger.checkInvariants().violations()).isEmpty();
    }

    private void distribute(String order, Instant paidAt) {
        bonuses.distribute(new PaidOrder(reference(order), member(3), new BigDecimal("100"), paidAt));
    }

    /** The member spends part of their available points (they leave the platform). */
    private void spend(String member, String amount) {
        ledger.post(EntryRequest.builder("spend:" + member, "spent")
                .move(
                        AccountRef.member(member, Asset.POINT, Bucket.AVAILABLE),
                        AccountRef.system(SystemAccount.MANUAL_ADJUSTMENT, Asset.POINT),
                        new BigDecimal(amount))
                .build());
    }

    private List<BonusEntryStatus> statusesOf(String order) {
        return orders.entriesOfOrder(reference(order)).stream()
                .map(BonusEntry::status)
                .toList();
    }

    private long count(String sql, Object... parameters) {
        Long count = jdbc.queryForObject(sql, Long.class, parameters);
        return count == null ? 0 : count;
    }

    private AssetBalance points(String memberId) {
        return ledger.balancesOf(memberId).of(Asset.POINT);
    }

    private String reference(String order) {
        return prefix + "-" + order;
    }

    private String member(int index) {
        return prefix + "-" + index;
    }
}
