package com.aeghash.bonus.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.bonus.BonusClawback;
import com.aeghash.bonus.BonusEntryStatus;
import com.aeghash.bonus.PaidOrder;
import com.aeghash.testsupport.ApiClient;
import com.aeghash.testsupport.MemberJwts;
import com.aeghash.testsupport.OnEachDatabase;
import com.aeghash.testsupport.TestApplication;
import com.aeghash.testsupport.TestDatabases;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Refunds after confirmation through the real application and database, on H2 and PostgreSQL: clawback, bonus debt,
 * its recovery by the next closings and the debt API ({@link ClawbackScenario}); refunds racing a closing are
 * {@link BonusClawbackRaceIT}.
 */
@OnEachDatabase
class BonusClawbackFlowIT extends ClawbackScenario {

    @RegisterExtension
    final TestApplication application;

    @LocalServerPort
    int port;

    BonusClawbackFlowIT(TestDatabases.Kind database) {
        application = TestApplication.on(database);
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
        credits.postOutstanding();

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
}
