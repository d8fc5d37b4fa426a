package com.aeghash.idempotency.internal;

import com.aeghash.common.UnitOfWork;
import com.aeghash.testsupport.InMemoryTransactions;

/** The mechanism's contract on its in-memory store. */
class InMemoryIdempotentRequestsTest extends IdempotentRequestsContract {

    @Override
    IdempotencyKeyRepository createRepository() {
        return new InMemoryIdempotencyKeyRepository();
    }

    @Override
    UnitOfWork unitOfWork() {
        return InMemoryTransactions.unitOfWork();
    }
}
