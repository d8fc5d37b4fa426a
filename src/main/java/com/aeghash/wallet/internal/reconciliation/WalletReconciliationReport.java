package com.aeghash.wallet.internal.reconciliation;

/**
 * What one reconciler run did.
 *
 * @param staleSubmitting        rows left SUBMITTING by a process that stopped between phases, now unknown
 * @param overdueTransits        transits without callback past their deadline, looked up and now unknown
 * @param checked                unknown transactions checked
 * @param resolved               of those, settled by the check (receipt found and matching)
 * @param handedToOperator       of those, whose schedule is used up: an operator must decide
 * @param keyRotationsSettled    wallets left REFRESHING whose rotation was settled (new key stored, or key lost)
 */
public record WalletReconciliationReport(
        int staleSubmitting,
        int overdueTransits,
        int checked,
        int resolved,
        int handedToOperator,
        int keyRotationsSettled) {}
