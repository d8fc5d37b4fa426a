package com.aeghash.mining;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.ledger.Ledger;
import com.aeghash.mining.support.ProcurementDriver;
import com.aeghash.notification.AlertHistory;
import com.aeghash.notification.RecordedAlert;
import com.aeghash.sandbox.HashDamSandbox;
import com.aeghash.sandbox.MBlockSandbox;
import com.aeghash.sandbox.SandboxFaults;
import com.aeghash.testsupport.OnEachDatabase;
import com.aeghash.testsupport.RunningApplicationTest;
import com.aeghash.testsupport.TestApplication;
import com.aeghash.testsupport.TestDatabases;
import com.aeghash.wallet.Settlement;
import com.aeghash.wallet.WalletTransferSettled;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Procurement against the simulators with injected faults (set through the admin endpoint, as an operator would) and
 * with a process stopped between phases (the row left as the crash would leave it): an unknown outcome is resolved
 * from HashDam's histories and never sent again. On H2 and on PostgreSQL.
 */
@OnEachDatabase
class ProcurementFaultIT extends RunningApplicationTest {

    @Autowired
    private HashDamSandbox hashDam;

    @Autowired
    private MBlockSandbox mblock;

    @Autowired
    private SandboxFaults faults;

    @Autowired
    private Ledger ledger;

    @Autowired
    private AlertHistory alerts;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private ApplicationEventPublisher events;

    @Autowired
    private PlatformTransactionManager transactionManager;

    private ProcurementDriver driver;

    ProcurementFaultIT(TestDatabases.Kind database) {
        super(TestApplication.on(database));
    }

    @BeforeEach
    void operators() {
        driver = new ProcurementDriver(port, jdbc);
    }

    @AfterEach
    void faultsClearedAndLedgerConsistent() {
        faults.clearAll();
        assertThat(ledger.checkInvariants().violations()).isEmpty();
    }

    @Test
    void aChargeWhoseAnswerIsLostIsFoundInTheHistoryAndNeverSentAgain() {
        driver.fault(
                "hashdam", "hashCreditCharge", "{\"dropResponse\":true,\"dropMode\":\"GATEWAY_ERROR\",\"times\":1}");
        int chargesBefore = hashDam.chargeCount();
        long id = driver.asked(ProcurementDriver.uniqueAmount()).path("id").asLong();

        JsonNode unknown = driver.approve(id).json();
        int changed = driver.reconcile();
        JsonNode done = driver.get(id);

        assertThat(unknown.path("status").asString()).as(unknown.toString()).isEqualTo("charge_unknown");
        assertThat(changed).isPositive();
        assertThat(done.path("status").asString()).as(done.toString()).isEqualTo("completed");
        assertThat(hashDam.chargeCount()).isEqualTo(chargesBefore + 1);
        assertThat(done.path("steps").toString()).contains("found in HashDam's charge history");
    }

    @Test
    void aChargeHashDamNeverExecutedStaysUnknownUntilTheScheduleEndsThenAlertsAnOperator() {
        driver.fault("hashdam", "hashCreditCharge", "{\"hang\":true,\"times\":1}");
        int chargesBefore = hashDam.chargeCount();
        long id = driver.asked(ProcurementDriver.uniqueAmount()).path("id").asLong();

        JsonNode unknown = driver.approve(id).json();
        driver.reconcile();
        JsonNode afterOneCheck = driver.get(id);
        driver.reconcile();
        JsonNode waiting = driver.get(id);
        driver.reconcile();

        assertThat(unknown.path("status").asString()).isEqualTo("charge_unknown");
        assertThat(afterOneCheck.path("needsOperator").asBoolean()).isFalse();
        assertThat(waiting.path("status").asString()).isEqualTo("charge_unknown");
        assertThat(waiting.path("checks").asInt())
                .as("unknown-check-schedule 0s,0s")
                .isEqualTo(2);
        assertThat(waiting.path("needsOperator").asBoolean()).isTrue();
        assertThat(driver.get(id).path("checks").asInt())
                .as("no look-up once an operator is needed")
                .isEqualTo(2);
        assertThat(hashDam.chargeCount()).as("never sent again").isEqualTo(chargesBefore);
        assertThat(alerts.recent(200).stream().map(RecordedAlert::alert))
                .filteredOn(alert -> alert.title().equals("Hash power procurement " + id + " is still charge_unknown"))
                .hasSize(1);
    }

    @Test
    void aChargePendingLongerThanTheAlertDelayRaisesOneCriticalAlertAndKeepsBeingFollowed() {
        long id = driver.asked(ProcurementDriver.uniqueAmount()).path("id").asLong();
        Timestamp twoDaysAgo = Timestamp.from(Instant.now().minusSeconds(2 * 86_400));
        jdbc.update(
                "UPDATE mining_procurements SET status = 'CHARGE_PENDING', approved_by = 'checker', charge_id = ?,"
                        + " phase_started_at = ?, checks = 0, next_check_at = NULL WHERE id = ?",
                "never-completes-" + id,
                twoDaysAgo,
                id);

        driver.reconcile();
        JsonNode alerted = driver.get(id);
        driver.reconcile();
        driver.reconcile();
        JsonNode stillFollowed = driver.get(id);

        assertThat(alerted.path("status").asString()).isEqualTo("charge_pending");
        assertThat(alerted.path("checks").asInt()).as("alerted").isEqualTo(1);
        assertThat(stillFollowed.path("status").asString()).isEqualTo("charge_pending");
        assertThat(stillFollowed.path("needsOperator").asBoolean()).isFalse();
        assertThat(jdbc.queryForObject(
                        "SELECT next_check_at FROM mining_procurements WHERE id = ?", Timestamp.class, id))
                .as("still looked up")
                .isNotNull();
        assertThat(alerts.recent(200).stream().map(RecordedAlert::alert))
                .filteredOn(
                        alert -> alert.title().equals("Hash power procurement " + id + " is still pending at HashDam"))
                .singleElement()
                .satisfies(alert -> assertThat(alert.severity().name()).isEqualTo("CRITICAL"));
    }

    @Test
    void aChargePendingLessThanTheAlertDelayIsFollowedWithoutAlert() {
        long id = driver.asked(ProcurementDriver.uniqueAmount()).path("id").asLong();
        jdbc.update(
                "UPDATE mining_procurements SET status = 'CHARGE_PENDING', approved_by = 'checker', charge_id = ?,"
                        + " phase_started_at = ?, checks = 0, next_check_at = NULL WHERE id = ?",
                "recent-" + id,
                Timestamp.from(Instant.now().minusSeconds(3_600)),
                id);

        driver.reconcile();

        assertThat(driver.get(id).path("checks").asInt()).isZero();
        assertThat(alerts.recent(200).stream().map(RecordedAlert::alert))
                .noneMatch(alert -> alert.title().startsWith("Hash power procurement " + id + " "));
    }

    @Test
    void aPaymentWhoseAnswerIsLostIsSettledByTheChargeHistoryAndPaidOnlyOnce() {
        driver.fault(
                "mblock", "transferByWalletKey", "{\"dropResponse\":true,\"dropMode\":\"GATEWAY_ERROR\",\"times\":1}");
        long id = driver.asked(ProcurementDriver.uniqueAmount()).path("id").asLong();

        JsonNode unknown = driver.approve(id).json();
        driver.reconcile();
        JsonNode done = driver.get(id);

        assertThat(unknown.path("status").asString()).as(unknown.toString()).isEqualTo("payment_unknown");
        assertThat(done.path("status").asString()).as(done.toString()).isEqualTo("completed");
        String depositAddress =
                jdbc.queryForObject("SELECT deposit_address FROM mining_procurements WHERE id = ?", String.class, id);
        assertThat(mblock.receiptsOf(depositAddress)).hasSize(1);
        assertThat(driver.posted("mining-procurement:" + id + ":payment", "treasury", "USDT"))
                .isEqualByComparingTo(new BigDecimal(done.path("paymentAmount").asString()).negate());
    }

    @Test
    void aSwapHashDamRefusesFailsTheProcurementWithAnAlertAndNoPower() {
        driver.fault(
                "hashdam", "hashPowerSwap", "{\"errorRate\":1,\"errorMessage\":\"Insufficient credit\",\"times\":1}");
        int swapsBefore = hashDam.swapCount();
        long id = driver.asked(ProcurementDriver.uniqueAmount()).path("id").asLong();

        JsonNode failed = driver.approve(id).json();
        driver.reconcile();

        assertThat(failed.path("status").asString()).as(failed.toString()).isEqualTo("swap_failed");
        assertThat(failed.path("failureReason").asString()).contains("Insufficient credit");
        assertThat(driver.get(id).path("status").asString()).isEqualTo("swap_failed");
        assertThat(hashDam.swapCount()).isEqualTo(swapsBefore);
        assertThat(driver.posted("mining-procurement:" + id + ":power", "project_hashpower", "HASHPOWER"))
                .isNull();
        assertThat(alerts.recent(200).stream().map(RecordedAlert::alert))
                .anySatisfy(alert -> assertThat(alert.title()).isEqualTo("Hash power procurement " + id + " failed"));
    }

    @Test
    void aChargeLeftRequestingByACrashIsTreatedAsUnknownAndAdoptedFromTheHistory() {
        BigDecimal amount = ProcurementDriver.uniqueAmount();
        long id = driver.asked(amount).path("id").asLong();
        leftByACrash(id, "CHARGE_REQUESTING");
        String lostCharge = chargeAtHashDam(amount);
        int chargesBefore = hashDam.chargeCount();

        driver.reconcile();
        JsonNode done = driver.get(id);

        assertThat(done.path("status").asString()).as(done.toString()).isEqualTo("completed");
        assertThat(done.path("chargeId").asString()).isEqualTo(lostCharge);
        assertThat(hashDam.chargeCount()).isEqualTo(chargesBefore);
        assertThat(done.path("steps").toString()).contains("interrupted before the answer was recorded");
    }

    @Test
    void aPaymentLeftPayingByACrashBeforeTheWalletRecordedItIsFencedAndFails() {
        BigDecimal amount = ProcurementDriver.uniqueAmount();
        long id = driver.asked(amount).path("id").asLong();
        String chargeId = chargeAtHashDam(amount);
        String address = "0x5a4d" + "e".repeat(36);
        jdbc.update(
                "UPDATE mining_procurements SET charge_id = ?, deposit_address = ?, payment_amount = ?, price = 1,"
                        + " coin = 'USDT' WHERE id = ?",
                chargeId,
                address,
                amount,
                id);
        leftByACrash(id, "PAYING");

        driver.reconcile();
        JsonNode failed = driver.get(id);

        assertThat(failed.path("status").asString()).as(failed.toString()).isEqualTo("payment_failed");
        assertThat(mblock.receiptsOf(address)).isEmpty();
        assertThat(driver.posted("mining-procurement:" + id + ":payment", "treasury", "USDT"))
                .isNull();
    }

    @Test
    void aPaymentSettledByTheWalletLaterPutsAProcurementLeftToAnOperatorBackInTheQueue() throws Exception {
        BigDecimal amount = ProcurementDriver.uniqueAmount();
        long id = driver.asked(amount).path("id").asLong();
        jdbc.update(
                "UPDATE mining_procurements SET status = 'PAYMENT_UNKNOWN', needs_operator = TRUE, checks = 2,"
                        + " deposit_address = ?, payment_amount = ?, coin = 'USDT', charge_id = ? WHERE id = ?",
                "0x5a4d" + "f".repeat(36),
                amount,
                chargeAtHashDam(amount),
                id);
        int untouched = driver.reconcile();

        new TransactionTemplate(transactionManager)
                .executeWithoutResult(status -> events.publishEvent(new WalletTransferSettled(
                        0,
                        "mining-procurement:" + id + ":payment",
                        "mining-procurement-treasury",
                        Settlement.FAILED,
                        null,
                        Instant.now(),
                        null)));
        JsonNode reopened = awaitReopened(id);
        driver.reconcile();

        assertThat(untouched).isZero();
        assertThat(reopened.path("status").asString()).isEqualTo("payment_unknown");
        assertThat(driver.get(id).path("status").asString())
                .as("the wallet's record decides: nothing was recorded, so the payment is fenced and fails")
                .isEqualTo("payment_failed");
    }

    private JsonNode awaitReopened(long id) throws InterruptedException {
        for (int attempt = 0; attempt < 100; attempt++) {
            JsonNode procurement = driver.get(id);
            if (!procurement.path("needsOperator").asBoolean()) {
                return procurement;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("procurement " + id + " was not put back in the queue");
    }

    /** The row as a process that stopped after committing the intent and before recording the answer leaves it. */
    private void leftByACrash(long id, String intent) {
        Timestamp minuteAgo = Timestamp.from(Instant.now().minusSeconds(60));
        jdbc.update(
                "UPDATE mining_procurements SET status = ?, approved_by = 'checker', phase_started_at = ?,"
                        + " next_check_at = ? WHERE id = ?",
                intent,
                minuteAgo,
                minuteAgo,
                id);
    }

    private String chargeAtHashDam(BigDecimal amount) {
        return ProcurementDriver.chargeAt(hashDam, amount);
    }
}
