package com.aeghash.withdrawal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.aeghash.common.UnitOfWork;
import com.aeghash.ledger.Asset;
import com.aeghash.ledger.Ledger;
import com.aeghash.notification.Alert;
import com.aeghash.notification.AlertHistory;
import com.aeghash.notification.RecordedAlert;
import com.aeghash.sandbox.SandboxFaults;
import com.aeghash.testsupport.ApiClient;
import com.aeghash.testsupport.TestApplication;
import com.aeghash.testsupport.TestDatabases;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Base of the end-to-end payout tests through the vendor simulators: the API driver, fault plans set as an admin
 * does, the ledger lines of a withdrawal, its alerts, and the ledger invariants (and no fault left) after each test.
 */
abstract class VendorPayoutTestBase {

    static final Duration SETTLE_WITHIN = Duration.ofSeconds(20);

    @RegisterExtension
    final TestApplication application;

    @LocalServerPort
    int port;

    @Autowired
    Ledger ledger;

    @Autowired
    AlertHistory alertHistory;

    @Autowired
    SandboxFaults faults;

    @Autowired
    DataSource dataSource;

    @Autowired
    WithdrawalApprovals approvals;

    @Autowired
    PayoutExecutor executor;

    @Autowired
    WithdrawalRepository withdrawals;

    @Autowired
    WithdrawalReconciler reconciler;

    @Autowired
    WithdrawalApprovalBatch batch;

    @Autowired
    PayoutGateways gateways;

    @Autowired
    UnitOfWork unitOfWork;

    @Autowired
    Clock clock;

    @Autowired
    ApplicationContext context;

    WithdrawalApi api;

    /** On the application of {@link VendorPayoutIntegrationTest} or of {@link VendorPayoutPostgresIntegrationTest}. */
    VendorPayoutTestBase(TestDatabases.Kind database) {
        application = TestApplication.on(database, OnH2.class, OnPostgres.class);
    }

    @BeforeEach
    void connect() {
        api = WithdrawalApi.on(port, context);
    }

    @AfterEach
    void faultsClearedAndLedgerInvariantsHold() {
        faults.clearAll();
        assertThat(ledger.checkInvariants().violations()).isEmpty();
    }

    /** Sets a fault plan through the admin endpoint, as an operator demonstrating a failure would. */
    void fault(String vendorMethod, String planJson) {
        ApiClient.Response set = api.admin().put("/sandbox/faults/" + vendorMethod, planJson);
        assertThat(set.status()).as(set.body()).isEqualTo(200);
    }

    /** Approved by two people without being executed, as when the process stops right after the second approval. */
    long approvedWithoutExecution(String member, String asset, String amount) {
        long id = api.requested(member, asset, amount);
        approvals.approve(id, new Approver(api.operations, Set.of(ApprovalRole.OPERATIONS)), null);
        Withdrawal approved = approvals.approve(id, new Approver(api.finance, Set.of(ApprovalRole.FINANCE)), null);
        assertThat(approved.status()).isEqualTo(WithdrawalStatus.APPROVED);
        return id;
    }

    /** Phase 1 of the execution only (committed {@code executing}), as a crash right after it leaves it. */
    Withdrawal executingAfterCrash(long id) {
        return unitOfWork.inNewTransaction(
                () -> executor.startExecution(withdrawals.lock(id).orElseThrow()));
    }

    /** Repeats {@code nudge} (a janitor run) until the withdrawal has the status. */
    void awaitStatus(long id, String status, Runnable nudge) {
        await().atMost(SETTLE_WITHIN).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            nudge.run();
            assertThat(api.status(id)).isEqualTo(status);
        });
    }

    void awaitStatus(long id, String status) {
        awaitStatus(id, status, () -> {});
    }

    /**
     * The ledger lines posted under the withdrawal's references ({@code withdrawal:{id}:hold|clear|release}), by
     * reference: {@code "<bucket or system account> <signed amount>"}, sorted. Each reference exists at most once
     * (unique in the ledger), so whoever posted it second can only have replayed it.
     */
    Map<String, Set<String>> ledgerLines(long id) {
        Map<String, Set<String>> lines = new TreeMap<>();
        String prefix = "withdrawal:" + id + ":";
        JdbcClient.create(dataSource)
                .sql("""
                        SELECT e.reference, a.owner_type, a.owner_id, a.bucket, p.amount
                        FROM ledger_entries e
                        JOIN ledger_postings p ON p.entry_id = e.id
                        JOIN ledger_accounts a ON a.id = p.account_id
                        WHERE e.reference LIKE ?""")
                .param(prefix + "%")
                .query((row, number) -> Map.entry(
                        row.getString("reference").substring(prefix.length()),
                        ("MEMBER".equals(row.getString("owner_type"))
                                        ? row.getString("bucket")
                                        : row.getString("owner_id"))
                                + " "
                                + row.getBigDecimal("amount")
                                        .stripTrailingZeros()
                                        .toPlainString()))
                .list()
                .forEach(line -> lines.computeIfAbsent(line.getKey(), key -> new TreeSet<>())
                        .add(line.getValue()));
        return lines;
    }

    /** What each ledger entry of a paid-out withdrawal holds: the hold, then its move to payout clearing. */
    static Map<String, Set<String>> paidOut(String amount) {
        String plain = new BigDecimal(amount).stripTrailingZeros().toPlainString();
        return Map.of(
                "hold",
                Set.of("AVAILABLE -" + plain, "WITHDRAWAL_HOLD " + plain),
                "clear",
                Set.of("WITHDRAWAL_HOLD -" + plain, "payout_clearing " + plain));
    }

    /** What each ledger entry of a withdrawal that was never paid out holds: the hold, then its release. */
    static Map<String, Set<String>> returned(String amount) {
        String plain = new BigDecimal(amount).stripTrailingZeros().toPlainString();
        return Map.of(
                "hold",
                Set.of("AVAILABLE -" + plain, "WITHDRAWAL_HOLD " + plain),
                "release",
                Set.of("WITHDRAWAL_HOLD -" + plain, "AVAILABLE " + plain));
    }

    /** Titles of the withdrawal module's alerts about the withdrawal, oldest first, from the alert history. */
    List<String> withdrawalAlerts(long id) {
        List<String> newestFirst = alertHistory.recent(500).stream()
                .map(RecordedAlert::alert)
                .filter(alert -> alert.source().equals("withdrawal")
                        && String.valueOf(id).equals(alert.fields().get("withdrawalId")))
                .map(Alert::title)
                .toList();
        List<String> oldestFirst = new ArrayList<>(newestFirst);
        Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    /**
     * The trail's entry of {@code action} names the operator who decided (actor) and the one who approved; no entry
     * of the trail names the vendor for it.
     */
    void assertTrailNamesBoth(long id, String action, String decidedBy, String approvedBy) {
        JsonNode entry = api.auditEntry(id, action);
        assertThat(entry.path("actor").asString()).isEqualTo(decidedBy);
        assertThat(entry.path("metadata").path("approvedBy").asString()).isEqualTo(approvedBy);
        assertThat(api.withdrawal(id).path("auditTrail"))
                .extracting(line -> line.path("actor").asString())
                .doesNotContain("vendor");
    }

    /** A random amount of 8 decimals, so the vendor's history can be searched for this test's payout alone. */
    static String uniqueAmount(int whole) {
        long fraction = ThreadLocalRandom.current().nextLong(1, 99_999_999);
        return whole + "." + String.format("%08d", fraction);
    }

    static BigDecimal remainder(String funded, String withdrawn) {
        return new BigDecimal(funded).subtract(new BigDecimal(withdrawn));
    }

    BigDecimal available(String member, Asset asset) {
        return api.available(member, asset.name());
    }

    @VendorPayoutIntegrationTest
    private static final class OnH2 {}

    @VendorPayoutPostgresIntegrationTest
    private static final class OnPostgres {}
}
