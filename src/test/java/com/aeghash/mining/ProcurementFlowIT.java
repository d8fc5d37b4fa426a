package com.aeghash.mining;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.ledger.AccountRef;
import com.aeghash.ledger.Asset;
import com.aeghash.ledger.Bucket;
import com.aeghash.ledger.EntryRequest;
import com.aeghash.ledger.Ledger;
import com.aeghash.ledger.SystemAccount;
import com.aeghash.mining.support.ProcurementDriver;
import com.aeghash.notification.Alert;
import com.aeghash.notification.AlertHistory;
import com.aeghash.notification.RecordedAlert;
import com.aeghash.organization.OrganizationFixtures;
import com.aeghash.sandbox.HashDamSandbox;
import com.aeghash.sandbox.SandboxFaults;
import com.aeghash.testsupport.ApiClient;
import com.aeghash.testsupport.OnEachDatabase;
import com.aeghash.testsupport.RunningApplicationTest;
import com.aeghash.testsupport.TestApplication;
import com.aeghash.testsupport.TestDatabases;
import com.aeghash.testsupport.TestIds;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Procurement of hash power end to end over HTTP against the simulators (HashDam charges paid on the simulated MBlock
 * chain), the two-person rule, refused input, and the backing report with its alert. On H2 and on PostgreSQL.
 */
@OnEachDatabase
class ProcurementFlowIT extends RunningApplicationTest {

    @Autowired
    private HashDamSandbox hashDam;

    @Autowired
    private SandboxFaults faults;

    @Autowired
    private Ledger ledger;

    @Autowired
    private AlertHistory alerts;

    @Autowired
    private JdbcTemplate jdbc;

    private ProcurementDriver driver;

    ProcurementFlowIT(TestDatabases.Kind database) {
        super(TestApplication.on(database));
    }

    @BeforeEach
    void operators() {
        driver = new ProcurementDriver(port, jdbc);
    }

    @AfterEach
    void ledgerConsistent() {
        faults.clearAll();
        assertThat(ledger.checkInvariants().violations()).isEmpty();
    }

    @Test
    void aProcurementIsChargedPaidCreditedAndSwappedOnceApprovedByASecondOperator() {
        BigDecimal amount = ProcurementDriver.uniqueAmount();
        BigDecimal powerBefore = projectPowerNow();
        int chargesBefore = hashDam.chargeCount();

        JsonNode asked = driver.asked(amount);
        long id = asked.path("id").asLong();
        ApiClient.Response approved = driver.approve(id);
        JsonNode done = driver.get(id);

        assertThat(asked.path("status").asString()).isEqualTo("awaiting_approval");
        assertThat(asked.path("approvalRequestId").isNumber()).isTrue();
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(done.path("status").asString()).as(done.toString()).isEqualTo("completed");
        assertThat(statuses(done))
                .containsExactly(
                        "awaiting_approval",
                        "approved",
                        "charge_requesting",
                        "charge_requested",
                        "paying",
                        "charge_pending",
                        "credited",
                        "swap_requesting",
                        "swap_requested",
                        "completed");
        assertThat(done.path("approvedBy").asString())
                .isNotEqualTo(done.path("requestedBy").asString());
        assertThat(new BigDecimal(done.path("credit").asString())).isEqualByComparingTo(amount);
        assertThat(done.path("paymentTxid").asString()).startsWith("0x");
        assertThat(hashDam.chargeCount()).isEqualTo(chargesBefore + 1);
        BigDecimal power = new BigDecimal(done.path("power").asString());
        assertThat(projectPowerNow()).isEqualByComparingTo(powerBefore.add(power));
        assertThat(driver.posted("mining-procurement:" + id + ":payment", "treasury", "USDT"))
                .isEqualByComparingTo(new BigDecimal(done.path("paymentAmount").asString()).negate());
        assertThat(driver.posted("mining-procurement:" + id + ":power", "project_hashpower", "HASHPOWER"))
                .isEqualByComparingTo(power);
    }

    @Test
    void theSameKeyReplaysTheFirstProcurementAndAnotherAmountUnderItIsAConflict() {
        BigDecimal amount = ProcurementDriver.uniqueAmount();
        String key = TestIds.unique("procurement-key");

        ApiClient.Response first = driver.ask(amount, key);
        ApiClient.Response again = driver.ask(amount, key);
        ApiClient.Response other = driver.ask(amount.add(BigDecimal.ONE), key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.json().path("id").asLong())
                .isEqualTo(first.json().path("id").asLong());
        assertThat(other.status()).isEqualTo(409);
        assertThat(other.json().path("code").asString()).isEqualTo("idempotency_conflict");
    }

    @Test
    void theRequesterCannotApproveNorCanAnOperatorWithoutACheckerRole() {
        BigDecimal amount = ProcurementDriver.uniqueAmount();
        int chargesBefore = hashDam.chargeCount();
        long id = driver.asked(amount).path("id").asLong();

        ApiClient.Response byMaker = driver.approveAs(driver.maker(), id);
        ApiClient.Response byAdmin = driver.approveAs(driver.admin(), id);
        JsonNode still = driver.get(id);

        assertThat(byMaker.status()).as(byMaker.body()).isEqualTo(409);
        assertThat(byMaker.json().path("code").asString()).isEqualTo("same_approver");
        assertThat(byAdmin.status()).isEqualTo(403);
        assertThat(still.path("status").asString()).isEqualTo("awaiting_approval");
        assertThat(hashDam.chargeCount()).isEqualTo(chargesBefore);
    }

    @Test
    void aRejectedRequestEndsTheProcurementNotApprovedWithoutCallingHashDam() {
        int chargesBefore = hashDam.chargeCount();
        JsonNode asked = driver.asked(ProcurementDriver.uniqueAmount());

        ApiClient.Response rejected =
                driver.reject(asked.path("approvalRequestId").asLong());
        driver.reconcile();
        JsonNode ended = driver.get(asked.path("id").asLong());

        assertThat(rejected.status()).as(rejected.body()).isEqualTo(200);
        assertThat(ended.path("status").asString()).isEqualTo("not_approved");
        assertThat(hashDam.chargeCount()).isEqualTo(chargesBefore);
    }

    @Test
    void theListPagesNewestFirstThroughItsCursorWithTheStatusFilter() {
        long older = driver.asked(ProcurementDriver.uniqueAmount()).path("id").asLong();
        long newer = driver.asked(ProcurementDriver.uniqueAmount()).path("id").asLong();

        List<Long> awaiting = driver.idsPagedByOne("awaiting_approval");

        assertThat(awaiting).containsSubsequence(newer, older).doesNotHaveDuplicates();
        assertThat(awaiting).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(driver.maker()
                        .get(ProcurementDriver.PATH + "?cursor=bm90LWEtY3Vyc29y")
                        .status())
                .isEqualTo(400);
        assertThat(driver.maker().get(ProcurementDriver.PATH + "?limit=0").status())
                .isEqualTo(400);
    }

    @Test
    void refusedInputLeavesNothingBehind() {
        int rowsBefore = driver.procurementRows();

        ApiClient.Response negative = driver.ask(new BigDecimal("-1"), TestIds.unique("procurement-key"));
        ApiClient.Response tooPrecise = driver.ask(new BigDecimal("1.123456789"), TestIds.unique("procurement-key"));
        ApiClient.Response tooLarge = driver.ask(new BigDecimal("1000001"), TestIds.unique("procurement-key"));
        ApiClient.Response noKey =
                driver.maker().header("Idempotency-Key", "").post(ProcurementDriver.PATH, "{\"creditAmount\":5}");
        ApiClient.Response notANumber = driver.maker()
                .header("Idempotency-Key", TestIds.unique("procurement-key"))
                .post(ProcurementDriver.PATH, "{\"creditAmount\":\"lots\"}");

        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.json().path("code").asString()).isEqualTo("validation_failed");
        assertThat(tooPrecise.status()).isEqualTo(400);
        assertThat(tooLarge.status()).isEqualTo(422);
        assertThat(tooLarge.json().path("code").asString()).isEqualTo("credit_amount_above_maximum");
        assertThat(noKey.status()).isEqualTo(400);
        assertThat(noKey.json().path("code").asString()).isEqualTo("idempotency_key_missing");
        assertThat(notANumber.status()).isEqualTo(400);
        assertThat(driver.procurementRows()).isEqualTo(rowsBefore);
    }

    @Test
    void membersAboveTheProjectRaiseOneAlertPerIntervalAndTheReportShowsTheDifference() {
        String member = OrganizationFixtures.registered(context, TestIds.member());
        BigDecimal huge = projectPowerNow().multiply(new BigDecimal("3"));
        String reference = "test-hash-power:" + member;
        ledger.post(
                move(reference, huge, AccountRef.system(SystemAccount.HASHPOWER_ISSUANCE, Asset.HASHPOWER), member));
        try {
            JsonNode first = driver.maker()
                    .post("/api/v1/mining/backing/checks?fresh=true")
                    .json();
            JsonNode second = driver.maker()
                    .post("/api/v1/mining/backing/checks?fresh=true")
                    .json();
            JsonNode report = driver.maker().get("/api/v1/mining/backing").json();
            String metrics = ApiClient.newOperator(port, "MONITORING")
                    .get("/actuator/prometheus")
                    .body();

            assertThat(first.path("aboveMargin").asBoolean()).isTrue();
            assertThat(new BigDecimal(report.path("membersPower").asString())).isGreaterThanOrEqualTo(huge);
            assertThat(new BigDecimal(report.path("difference").asString()))
                    .isEqualByComparingTo(new BigDecimal(
                                    report.path("projectPower").asString())
                            .subtract(new BigDecimal(report.path("membersPower").asString())));
            assertThat(report.path("trend").size()).isPositive();
            assertThat(metrics).contains("aeghash_mining_backing_members_power");
            assertThat(second.path("aboveMargin").asBoolean()).isTrue();
            assertThat(backingAlerts()).hasSize(1);
        } finally {
            ledger.post(move(
                    reference + ":undo",
                    huge.negate(),
                    AccountRef.system(SystemAccount.HASHPOWER_ISSUANCE, Asset.HASHPOWER),
                    member));
        }
    }

    private static EntryRequest move(String reference, BigDecimal amount, AccountRef issuance, String member) {
        return EntryRequest.builder(reference, "backing test")
                .add(issuance, amount.negate())
                .add(AccountRef.member(member, Asset.HASHPOWER, Bucket.AVAILABLE), amount)
                .build();
    }

    private List<Alert> backingAlerts() {
        return alerts.recent(500).stream()
                .map(RecordedAlert::alert)
                .filter(alert -> alert.title().startsWith("Members' hash power exceeds"))
                .toList();
    }

    private BigDecimal projectPowerNow() {
        return new BigDecimal(driver.maker()
                .get("/api/v1/mining/backing?fresh=true")
                .json()
                .path("projectPower")
                .asString());
    }

    private static List<String> statuses(JsonNode procurement) {
        return StreamSupport.stream(procurement.path("steps").spliterator(), false)
                .map(step -> step.path("status").asString())
                .toList();
    }
}
