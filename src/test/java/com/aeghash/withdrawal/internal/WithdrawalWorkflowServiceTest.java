package com.aeghash.withdrawal.internal;

import static com.aeghash.withdrawal.internal.WithdrawalAuditAction.APPROVED;
import static com.aeghash.withdrawal.internal.WithdrawalAuditAction.APPROVED_STAGE1;
import static com.aeghash.withdrawal.internal.WithdrawalAuditAction.CANCELLED;
import static com.aeghash.withdrawal.internal.WithdrawalAuditAction.COMPLETED;
import static com.aeghash.withdrawal.internal.WithdrawalAuditAction.EXECUTING;
import static com.aeghash.withdrawal.internal.WithdrawalAuditAction.REQUESTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.aeghash.common.ApiException;
import com.aeghash.idempotency.IdempotentResponse;
import com.aeghash.ledger.Asset;
import com.aeghash.risk.RiskAssessment;
import com.aeghash.risk.RiskFinding;
import com.aeghash.risk.RiskRule;
import com.aeghash.risk.RiskSeverity;
import com.aeghash.withdrawal.PayoutReferences;
import com.aeghash.withdrawal.WithdrawalStateChanged;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Workflow rules that depend on configuration, on in-memory repositories (no Spring). */
class WithdrawalWorkflowServiceTest {

    private final List<InMemoryWithdrawals> services = new ArrayList<>();

    private static final Approver OPERATIONS = new Approver("ops-1", Set.of(ApprovalRole.OPERATIONS));
    private static final Approver OPERATIONS_TOO = new Approver("ops-2", Set.of(ApprovalRole.OPERATIONS));
    private static final Approver FINANCE = new Approver("fin-1", Set.of(ApprovalRole.FINANCE));
    private static final Approver BOTH_ROLES =
            new Approver("both-1", Set.of(ApprovalRole.OPERATIONS, ApprovalRole.FINANCE));

    @org.junit.jupiter.api.AfterEach
    void ledgerInvariantsHold() {
        services.forEach(service ->
                assertThat(service.ledger.checkInvariants().violations()).isEmpty());
    }

    private InMemoryWithdrawals create(boolean twoStepRequired, boolean distinctRolesRequired) {
        InMemoryWithdrawals service = new InMemoryWithdrawals(twoStepRequired, distinctRolesRequired);
        services.add(service);
        return service;
    }

    @Test
    void withSingleStepApprovalTheFirstApprovalExecutes() {
        InMemoryWithdrawals service = create(false, false);
        service.fund("m-1", Asset.POINT, "50");
        Withdrawal requested = service.request("m-1", Asset.POINT, "50");

        Withdrawal approved = service.workflow.approve(requested.id(), OPERATIONS, null);

        assertThat(approved.status()).isEqualTo(WithdrawalStatus.COMPLETED);
        assertThat(approved.approvals().finalApprover()).isEqualTo("ops-1");
        assertThat(service.auditActions(requested.id())).containsExactly(REQUESTED, APPROVED, EXECUTING, COMPLETED);
        assertThat(service.gateway.executions(PayoutReferences.payout(requested.id())))
                .isEqualTo(1);
        assertThat(service.ledger.balancesOf("m-1").of(Asset.POINT).withdrawalHold())
                .isZero();
    }

    @Test
    void theRequestAndEveryStateChangeArePublishedOnceInOrder() {
        InMemoryWithdrawals service = create(false, false);
        service.fund("m-1", Asset.POINT, "50");
        Withdrawal requested = service.request("m-1", Asset.POINT, "50");

        service.workflow.approve(requested.id(), OPERATIONS, null);

        List<WithdrawalStateChanged> changes = service.published.stream()
                .filter(WithdrawalStateChanged.class::isInstance)
                .map(WithdrawalStateChanged.class::cast)
                .toList();
        assertThat(changes)
                .extracting(WithdrawalStateChanged::previousState, WithdrawalStateChanged::state)
                .containsExactly(
                        tuple(null, "pending"),
                        tuple("pending", "approved"),
                        tuple("approved", "executing"),
                        tuple("executing", "completed"));
        assertThat(changes).allSatisfy(change -> {
            assertThat(change.memberId()).isEqualTo("m-1");
            assertThat(change.amount()).isEqualByComparingTo("50");
            assertThat(change.asset()).isEqualTo("POINT");
        });
        assertThat(changes)
                .extracting(WithdrawalStateChanged::version)
                .isSorted()
                .doesNotHaveDuplicates();
    }

    @Test
    void withDistinctRolesTheSecondApproverMustHoldTheOtherRole() {
        InMemoryWithdrawals service = create(true, true);
        service.fund("m-1", Asset.POINT, "50");
        long id = service.request("m-1", Asset.POINT, "50").id();
        service.workflow.approve(id, OPERATIONS, null);

        assertThatThrownBy(() -> service.workflow.approve(id, OPERATIONS_TOO, null))
                .isInstanceOfSatisfying(
                        ApiException.class,
                        refused -> assertThat(refused.code()).isEqualTo("distinct_roles_required"));
        Withdrawal approved = service.workflow.approve(id, FINANCE, null);

        assertThat(approved.status()).isEqualTo(WithdrawalStatus.COMPLETED);
        assertThat(service.auditActions(id)).containsSubsequence(APPROVED_STAGE1, APPROVED);
    }

    @Test
    void anApproverHoldingBothRolesCanPairWithEitherRole() {
        InMemoryWithdrawals service = create(true, true);
        service.fund("m-1", Asset.POINT, "50");
        long id = service.request("m-1", Asset.POINT, "50").id();

        service.workflow.approve(id, BOTH_ROLES, null);
        Withdrawal approved = service.workflow.approve(id, OPERATIONS, null);

        assertThat(approved.status()).isEqualTo(WithdrawalStatus.COMPLETED);
        assertThat(WithdrawalApprovals.complementary(Set.of(ApprovalRole.FINANCE), Set.of(ApprovalRole.FINANCE)))
                .isFalse();
    }

    @Test
    void withoutTheDistinctRolesRuleTwoOperationsApproversSuffice() {
        InMemoryWithdrawals service = create(true, false);
        service.fund("m-1", Asset.POINT, "50");
        long id = service.request("m-1", Asset.POINT, "50").id();

        service.workflow.approve(id, OPERATIONS, null);

        assertThat(service.workflow.approve(id, OPERATIONS_TOO, null).status()).isEqualTo(WithdrawalStatus.COMPLETED);
    }

    @Test
    void riskBlockCancelsTheRequestReleasesTheHoldAndRespondsRiskRejected() {
        InMemoryWithdrawals service = create(true, false);
        service.fund("m-1", Asset.POINT, "50");
        service.riskAnswers(new RiskAssessment(List.of(
                new RiskFinding(RiskRule.IP_ADDRESS, RiskSeverity.BLOCK, "blocked network", Map.of()),
                new RiskFinding(RiskRule.AMOUNT_LIMIT, RiskSeverity.REVIEW, "large", Map.of()))));

        IdempotentResponse rejected = service.respond("m-1", Asset.POINT, "50");

        assertThat(rejected.status()).isEqualTo(422);
        JsonNode problem = service.json.readTree(rejected.body());
        assertThat(problem.path("code").asString()).isEqualTo("risk_rejected");
        assertThat(problem.path("reasons").size()).isEqualTo(1);
        assertThat(problem.path("reasons").get(0).asString()).isEqualTo("blocked network");
        Withdrawal cancelled = service.withdrawals
                .search(new WithdrawalFilter(null, null, "m-1"), 0, 1)
                .get(0);
        assertThat(cancelled.status()).isEqualTo(WithdrawalStatus.CANCELLED);
        assertThat(cancelled.decidedBy()).isEqualTo("risk-system");
        assertThat(service.auditActions(cancelled.id())).containsExactly(REQUESTED, CANCELLED);
        assertThat(service.ledger.balancesOf("m-1").of(Asset.POINT).available()).isEqualByComparingTo("50");
    }
}
