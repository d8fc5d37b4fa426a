package com.aeghash.wallet.internal.reconciliation;

import com.aeghash.approval.ApprovalHandler;
import com.aeghash.approval.ApprovalRequests;
import com.aeghash.audit.AuditLog;
import com.aeghash.common.UnitOfWork;
import com.aeghash.notification.Notifier;
import com.aeghash.security.OperatorIdentity;
import com.aeghash.wallet.WalletOperations;
import com.aeghash.wallet.internal.WalletProperties;
import com.aeghash.wallet.internal.keys.WalletKeyRotation;
import com.aeghash.wallet.internal.mblock.MBlockClient;
import com.aeghash.wallet.internal.transactions.TransactionRecorder;
import com.aeghash.wallet.internal.transactions.WalletTransactionRepository;
import java.time.Clock;

/** Builds this package's parts for tests wired by hand outside it ({@code WalletTestKit}). */
public final class ReconciliationFixtures {

    private ReconciliationFixtures() {}

    public static WalletReconciler reconciler(
            WalletTransactionRepository transactions,
            TransactionRecorder recorder,
            MBlockClient client,
            WalletKeyRotation keyRotation,
            Notifier notifier,
            UnitOfWork unitOfWork,
            WalletProperties properties,
            Clock clock) {
        return new WalletReconciler(
                transactions,
                recorder,
                new UnknownTransactionChecks(client),
                keyRotation,
                notifier,
                unitOfWork,
                properties,
                clock);
    }

    public static WalletOperations operations(
            WalletTransactionRepository transactions,
            TransactionRecorder recorder,
            MBlockClient client,
            ApprovalRequests approvals,
            AuditLog auditLog,
            UnitOfWork unitOfWork,
            WalletProperties properties,
            Clock clock,
            OperatorIdentity identity) {
        return new WalletOperationsService(
                transactions,
                recorder,
                new UnknownTransactionChecks(client),
                approvals,
                auditLog,
                unitOfWork,
                properties,
                clock,
                identity);
    }

    /** The handler executing the approved decisions of {@code operations} (built by {@link #operations}). */
    public static ApprovalHandler decisionApprovals(WalletOperations operations) {
        return new WalletDecisionApprovals((WalletOperationsService) operations);
    }
}
