package com.aeghash.bonus;

/**
 * The bonus credits of paid orders, owed to the ledger until the credit poster posts them (a moment after each
 * order: docs/modules/bonus.md, "Pending credits: posted by a job").
 */
public interface BonusCredits {

    /**
     * Posts every credit queued now (orders committed before the call) to the beneficiaries' {@code pending} POINT
     * buckets, in batches, each its own transaction; credits another poster holds at that moment are left to it.
     * For tests, the simulator and the closing. Never joins the caller's transaction.
     *
     * @return the number of orders whose credits this call posted
     */
    int postOutstanding();
}
