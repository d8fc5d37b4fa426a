package com.aeghash.bonus.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Orders whose bonus credits are owed to the ledger: queued by the order's transaction, removed by the transaction
 * that posts them ({@link BonusCreditPoster}).
 */
interface BonusCreditQueue {

    void enqueue(String orderReference, Instant queuedAt);

    /**
     * Locks up to {@code limit} queued orders that no other transaction holds (they are skipped, not waited for)
     * until the transaction ends; their references.
     */
    List<String> claim(int limit);

    /** The amounts of the orders' bonus entries summed per beneficiary, by member id (ascending). */
    Map<String, BigDecimal> creditsOf(List<String> orderReferences);

    /** A number no other batch had or will have: the batch's ledger reference. */
    long nextBatchNumber();

    /** Removes the orders from the queue (their credits are posted in this transaction). */
    void remove(List<String> orderReferences);
}
