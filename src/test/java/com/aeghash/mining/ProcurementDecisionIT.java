package com.aeghash.mining;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.ledger.Ledger;
import com.aeghash.mining.support.ProcurementDriver;
import com.aeghash.sandbox.HashDamSandbox;
import com.aeghash.testsupport.ApiClient;
import com.aeghash.testsupport.OnEachDatabase;
import com.aeghash.testsupport.RunningApplicationTest;
import com.aeghash.testsupport.TestApplication;
import com.aeghash.testsupport.TestDatabases;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * An operator's decision on a procurement the reconciler left to an operator: asked by one operator (checked against
 * HashDam's history), approved by another through the approval module, then applied and audited. On H2 and PostgreSQL.
 */
@OnEachDatabase
class ProcurementDecisionIT extends RunningApplicationTest {

    @Autowired
    private HashDamSandbox hashDam;

    @Autowired
    private Ledger ledger;

    @Autowired
    private JdbcTemplate jdbc;

    private ProcurementDriver driver;

    ProcurementDecisionIT(TestDatabases.Kind database) {
        super(TestApplication.on(database));
    }

    @BeforeEach
    void operators() {
        driver = new ProcurementDriver(port, jdbc);
    }

    @AfterEach
    void ledgerConsistent() {
        assertThat(ledger.checkInvariants().violations()).isEmpty();
    }

    @Test
    void aChargeFoundByAnOperatorIsAdoptedOnceASecondOperatorApprovesAndThenCompletes() {
        BigDecimal amount = ProcurementDriver.uniqueAmount();
        long id = leftToAnOperator(amount);
        String chargeId = ProcurementDriver.chargeAt(hashDam, amount);
        int chargesBefore = hashDam.chargeCount();

        ApiClient.Response asked = decide(
                id,
                "{\"outcome\":\"found\",\"chargeId\":\"" + chargeId + "\",\"reason\":\"seen in HashDam's console\"}");
        JsonNode stillWaiting = driver.get(id);
        JsonNode executed = approve(asked);
        JsonNode adopted = driver.get(id);
        driver.reconcile();
        JsonNode done = driver.get(id);

        assertThat(asked.status()).as(asked.toString()).isEqualTo(202);
        assertThat(stillWaiting.path("needsOperator").asBoolean()).isTrue();
        assertThat(executed.path("status").asString()).as(executed.toString()).isEqualTo("executed");
        assertThat(adopted.path("status").asString()).isEqualTo("charge_requested");
        assertThat(adopted.path("chargeId").asString()).isEqualTo(chargeId);
        assertThat(adopted.path("needsOperator").asBoolean()).isFalse();
        assertThat(done.path("status").asString()).as(done.toString()).isEqualTo("completed");
        assertThat(hashDam.chargeCount()).as("never charged again").isEqualTo(chargesBefore);
        assertThat(audited(id, "mining.procurement_decided")).isEqualTo(1);
    }

    @Test
    void aProcurementDeclaredFailedByTwoOperatorsFailsWithNothingPaid() {
        long id = leftToAnOperator(ProcurementDriver.uniqueAmount());

        JsonNode executed =
                approve(decide(id, "{\"outcome\":\"failed\",\"reason\":\"HashDam support: never created\"}"));
        JsonNode failed = driver.get(id);

        assertThat(executed.path("status").asString()).isEqualTo("executed");
        assertThat(failed.path("status").asString()).isEqualTo("charge_failed");
        assertThat(failed.path("needsOperator").asBoolean()).isFalse();
        assertThat(failed.path("failureReason").asString()).contains("HashDam support: never created");
        assertThat(driver.posted("mining-procurement:" + id + ":payment", "treasury", "USDT"))
                .isNull();
        assertThat(audited(id, "mining.procurement_decision_requested")).isEqualTo(1);
    }

    @Test
    void aProcurementNotWaitingForAnOperatorRefusesADecisionAndFilesNothing() {
        long id = driver.asked(ProcurementDriver.uniqueAmount()).path("id").asLong();

        ApiClient.Response refused = decide(id, "{\"outcome\":\"failed\",\"reason\":\"no\"}");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().path("code").asString()).isEqualTo("procurement_not_awaiting_operator");
        assertThat(driver.get(id).path("status").asString()).isEqualTo("awaiting_approval");
        assertThat(audited(id, "mining.procurement_decision_requested")).isZero();
    }

    @Test
    void aChargeHashDamDoesNotShowOrOfAnotherAmountIsRefused() {
        BigDecimal amount = ProcurementDriver.uniqueAmount();
        long id = leftToAnOperator(amount);
        String otherAmount = ProcurementDriver.chargeAt(hashDam, amount.add(BigDecimal.ONE));

        ApiClient.Response unknown =
                decide(id, "{\"outcome\":\"found\",\"chargeId\":\"no-such-charge\",\"reason\":\"r\"}");
        ApiClient.Response mismatched =
                decide(id, "{\"outcome\":\"found\",\"chargeId\":\"" + otherAmount + "\",\"reason\":\"r\"}");
        ApiClient.Response noReason = decide(id, "{\"outcome\":\"failed\"}");

        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.json().path("code").asString()).isEqualTo("vendor_reference_not_confirmed");
        assertThat(mismatched.status()).isEqualTo(422);
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(driver.get(id).path("needsOperator").asBoolean()).isTrue();
        assertThat(audited(id, "mining.procurement_decision_requested")).isZero();
    }

    @Test
    void aDecisionApprovedAfterTheProcurementMovedOnIsRefused() {
        long id = leftToAnOperator(ProcurementDriver.uniqueAmount());
        ApiClient.Response asked = decide(id, "{\"outcome\":\"failed\",\"reason\":\"gave up\"}");
        jdbc.update("UPDATE mining_procurements SET needs_operator = FALSE WHERE id = ?", id);

        JsonNode refused = approve(asked);

        assertThat(refused.path("status").asString()).as(refused.toString()).isEqualTo("failed");
        assertThat(driver.get(id).path("status").asString()).isEqualTo("charge_unknown");
    }

    @Test
    void aSwapLeftToAnOperatorIsDecidedFailedButAnUnknownSwapIdIsRefused() {
        long id = driver.asked(ProcurementDriver.uniqueAmount()).path("id").asLong();
        jdbc.update(
                "UPDATE mining_procurements SET status = 'SWAP_UNKNOWN', approved_by = 'checker', credit = 5,"
                        + " checks = 2, needs_operator = TRUE, next_check_at = NULL WHERE id = ?",
                id);

        ApiClient.Response unknownSwap =
                decide(id, "{\"outcome\":\"found\",\"swapId\":\"no-such-swap\",\"reason\":\"r\"}");
        JsonNode executed = approve(decide(id, "{\"outcome\":\"failed\",\"reason\":\"HashDam: no swap\"}"));

        assertThat(unknownSwap.status()).isEqualTo(422);
        assertThat(executed.path("status").asString()).isEqualTo("executed");
        assertThat(driver.get(id).path("status").asString()).isEqualTo("swap_failed");
        assertThat(driver.posted("mining-procurement:" + id + ":power", "project_hashpower", "HASHPOWER"))
                .isNull();
    }

    /** A charge call whose outcome stayed unknown after every scheduled look-up. */
    private long leftToAnOperator(BigDecimal amount) {
        long id = driver.asked(amount).path("id").asLong();
        jdbc.update(
                "UPDATE mining_procurements SET status = 'CHARGE_UNKNOWN', approved_by = 'checker', checks = 2,"
                        + " needs_operator = TRUE, phase_started_at = ?, next_check_at = NULL WHERE id = ?",
                Timestamp.from(Instant.now().minusSeconds(600)),
                id);
        return id;
    }

    private ApiClient.Response decide(long id, String body) {
        return driver.maker().post(ProcurementDriver.PATH + "/" + id + "/decisions", body);
    }

    private JsonNode approve(ApiClient.Response asked) {
        long requestId = asked.json().path("id").asLong();
        return driver.checker()
                .post("/api/v1/approval-requests/" + requestId + "/approvals", "{}")
                .json();
    }

    private int audited(long id, String action) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM audit_events WHERE action = ? AND target = ?",
                Integer.class,
                action,
                "mining-procurement:" + id);
    }
}
