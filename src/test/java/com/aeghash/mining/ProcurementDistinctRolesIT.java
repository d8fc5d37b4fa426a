package com.aeghash.mining;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.mining.support.ProcurementDriver;
import com.aeghash.sandbox.HashDamSandbox;
import com.aeghash.testsupport.ApiClient;
import com.aeghash.testsupport.IntegrationTest;
import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * With the withdrawals' distinct-roles rule on, a procurement's maker and checker must be one OPERATIONS and one
 * FINANCE operator: the one switch drives procurements too.
 */
@IntegrationTest
@TestPropertySource(properties = "aeghash.withdrawal.distinct-roles-required=true")
class ProcurementDistinctRolesIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    HashDamSandbox hashDam;

    private ProcurementDriver driver;

    @BeforeEach
    void operators() {
        driver = new ProcurementDriver(port, jdbc);
    }

    @Test
    void anOperationsCheckerOfAnOperationsMakerIsRefusedWithTheRequestStillPending() {
        int chargesBefore = hashDam.chargeCount();
        JsonNode asked = driver.asked(ProcurementDriver.uniqueAmount());
        long id = asked.path("id").asLong();

        ApiClient.Response refused = driver.approveAs(ApiClient.newOperator(port, "OPERATIONS"), id);
        JsonNode still = driver.get(id);
        String request = jdbc.queryForObject(
                "SELECT status FROM approval_requests WHERE id = ?",
                String.class,
                asked.path("approvalRequestId").asLong());

        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.json().path("code").asString()).isEqualTo("distinct_roles_required");
        assertThat(still.path("status").asString()).isEqualTo("awaiting_approval");
        assertThat(request).isEqualToIgnoringCase("awaiting_approval");
        assertThat(hashDam.chargeCount()).isEqualTo(chargesBefore);
    }

    @Test
    void throughTheApprovalRequestsAnOperationsCheckerEndsTheRequestFailedAndTheProcurementNotApproved() {
        int chargesBefore = hashDam.chargeCount();
        JsonNode asked = driver.asked(ProcurementDriver.uniqueAmount());
        long id = asked.path("id").asLong();

        JsonNode request = ApiClient.newOperator(port, "OPERATIONS")
                .header("Accept", "application/json")
                .post(
                        "/api/v1/approval-requests/"
                                + asked.path("approvalRequestId").asLong() + "/approvals",
                        "{}")
                .json();
        driver.reconcile();

        assertThat(request.path("status").asString()).as(request.toString()).isEqualTo("failed");
        assertThat(request.path("resultCode").asString()).isEqualTo("distinct_roles_required");
        assertThat(driver.get(id).path("status").asString()).isEqualTo("not_approved");
        assertThat(hashDam.chargeCount()).isEqualTo(chargesBefore);
    }

    @Test
    void aFinanceCheckerOfAnOperationsMakerApproves() {
        long id = driver.asked(ProcurementDriver.uniqueAmount()).path("id").asLong();

        ApiClient.Response approved = driver.approve(id);

        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(driver.get(id).path("status").asString()).isNotEqualTo("awaiting_approval");
    }

    @Test
    void aDecisionIsRefusedToAnOperationsCheckerAndAppliedByAFinanceOne() {
        long refusedId = leftToAnOperator();
        long appliedId = leftToAnOperator();

        JsonNode refused = approveDecisionAs(ApiClient.newOperator(port, "OPERATIONS"), decide(refusedId));
        JsonNode applied = approveDecisionAs(driver.checker(), decide(appliedId));

        assertThat(refused.path("status").asString()).as(refused.toString()).isEqualTo("failed");
        assertThat(refused.path("resultCode").asString()).isEqualTo("distinct_roles_required");
        assertThat(driver.get(refusedId).path("status").asString()).isEqualTo("charge_unknown");
        assertThat(applied.path("status").asString()).as(applied.toString()).isEqualTo("executed");
        assertThat(driver.get(appliedId).path("status").asString()).isEqualTo("charge_failed");
    }

    /** A charge call whose outcome stayed unknown after every scheduled look-up. */
    private long leftToAnOperator() {
        long id = driver.asked(ProcurementDriver.uniqueAmount()).path("id").asLong();
        jdbc.update(
                "UPDATE mining_procurements SET status = 'CHARGE_UNKNOWN', approved_by = 'checker', checks = 2,"
                        + " needs_operator = TRUE, phase_started_at = ?, next_check_at = NULL WHERE id = ?",
                Timestamp.from(Instant.now().minusSeconds(600)),
                id);
        return id;
    }

    /** The maker (OPERATIONS) asks to declare the charge failed; answers the decision's approval request id. */
    private long decide(long id) {
        ApiClient.Response asked = driver.maker()
                .post(
                        ProcurementDriver.PATH + "/" + id + "/decisions",
                        "{\"outcome\":\"failed\",\"reason\":\"gave up\"}");
        if (asked.status() != 202) {
            throw new IllegalStateException("decision not asked: " + asked);
        }
        return asked.json().path("id").asLong();
    }

    private static JsonNode approveDecisionAs(ApiClient checker, long requestId) {
        return checker.header("Accept", "application/json")
                .post("/api/v1/approval-requests/" + requestId + "/approvals", "{}")
                .json();
    }
}
