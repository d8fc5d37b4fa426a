package com.aeghash.withdrawal.internal;

import com.aeghash.common.UnitOfWork;
import com.aeghash.idempotency.IdempotentRequest;
import com.aeghash.idempotency.IdempotentRequests;
import com.aeghash.idempotency.IdempotentResponse;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs each request's work once, in a new transaction, under a new record id, and keeps no key: for unit tests
 * of the withdrawal workflow, which are not about idempotency (the idempotency module's contract test is).
 */
final class RunOnceIdempotency implements IdempotentRequests {

    private final UnitOfWork unitOfWork;
    private final AtomicLong records = new AtomicLong();

    RunOnceIdempotency(UnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public IdempotentResponse execute(IdempotentRequest request, Work work) {
        long recordId = records.incrementAndGet();
        return unitOfWork.inNewTransaction(() -> work.run(recordId));
    }

    @Override
    public int purgeExpired(Instant now) {
        return 0;
    }
}
