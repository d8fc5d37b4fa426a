package com.aeghash.testsupport;

import com.aeghash.common.UnitOfWork;

/** Transactions without a database, for services on in-memory repositories (which commit as they go). */
public final class InMemoryTransactions {

    private InMemoryTransactions() {}

    public static UnitOfWork unitOfWork() {
        return new UnitOfWork(new NoTransactions());
    }
}
