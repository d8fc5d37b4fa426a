package com.aeghash.withdrawal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.common.UnitOfWork;
import com.aeghash.ledger.Ledger;
import java.time.Clock;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * What every withdrawal test through the running application shares, whichever gateway pays: the API driver, the
 * parts of the payout pipeline a test drives directly (approvals, execution, the batch, the reconciler), the
 * crashes it stages with them, and the ledger invariants after each test.
 */
abstract class WithdrawalPipelineTestBase {

    @LocalServerPort
    int port;

    @Autowired
    Ledger ledger;

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
    UnitOfWork unitOfWork;

    @Autowired
    Clock clock;

    @Autowired
    ApplicationContext context;

    WithdrawalApi api;

    @BeforeEach
    void connect() {
        api = WithdrawalApi.on(port, context);
    }

    @AfterEach
    void ledgerInvariantsHold() {
        assertThat(ledger.checkInvariants().violations()).isEmpty();
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
}
