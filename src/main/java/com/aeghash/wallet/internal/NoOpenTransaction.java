package com.aeghash.wallet.internal;

import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Asserts that a use case which calls MBlock is not running inside a caller's transaction: its phases commit
 * on their own, and a transaction held open across the vendor call would hold row locks for seconds and
 * could roll back the recorded intent of a call that did reach MBlock.
 */
final class NoOpenTransaction {

    private NoOpenTransaction() {
    }

    static void require(String useCase) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException(useCase + " calls MBlock in phases of its own: call it outside any"
                    + " transaction");
        }
    }
}
