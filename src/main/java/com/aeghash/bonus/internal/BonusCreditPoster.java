package com.aeghash.bonus.internal;

import com.aeghash.bonus.BonusCredits;
import com.aeghash.common.UnitOfWork;
import com.aeghash.ledger.AccountRef;
import com.aeghash.ledger.Asset;
import com.aeghash.ledger.Bucket;
import com.aeghash.ledger.EntryRequest;
import com.aeghash.ledger.Ledger;
import com.aeghash.ledger.SystemAccount;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Posts the queued bonus credits of paid orders (docs/modules/bonus.md, "Pending credits: posted by a job"). One
 * batch is one transaction: claim up to {@code batch-orders} queued orders ({@code SKIP LOCKED}: concurrent posters
 * never claim the same order), sum their entries per beneficiary, post them as balanced ledger entries
 * {@code bonus-credits:<n>} (each beneficiary's {@code pending} POINT credited, {@code BONUS_EXPENSE} debited by the
 * total) and remove the orders from the queue. A batch that fails rolls back whole: its orders stay queued for the
 * next run, so every order's credits are posted exactly once.
 */
@Service
class BonusCreditPoster implements BonusCredits {

    /** Beneficiaries per ledger entry: their lines plus the expense line stay within the ledger's 10,000. */
    static final int MEMBERS_PER_LEDGER_ENTRY = 5000;

    private final BonusCreditQueue queue;
    private final Ledger ledger;
    private final UnitOfWork unitOfWork;
    private final int batchOrders;

    BonusCreditPoster(BonusCreditQueue queue, Ledger ledger, UnitOfWork unitOfWork, BonusCreditProperties properties) {
        this.queue = queue;
        this.ledger = ledger;
        this.unitOfWork = unitOfWork;
        this.batchOrders = properties.batchOrders();
    }

    /** Batches until one comes back short of full (the queue is drained, or the rest is held by another poster). */
    @Override
    public int postOutstanding() {
        int total = 0;
        int posted;
        do {
            posted = postBatch();
            total += posted;
        } while (posted == batchOrders);
        return total;
    }

    /** One batch in its own transaction; the number of orders whose credits it posted. */
    int postBatch() {
        return unitOfWork.inNewTransaction(() -> {
            List<String> orders = queue.claim(batchOrders);
            if (orders.isEmpty()) {
                return 0;
            }
            List<Map.Entry<String, BigDecimal>> credits =
                    new ArrayList<>(queue.creditsOf(orders).entrySet());
            for (int start = 0; start < credits.size(); start += MEMBERS_PER_LEDGER_ENTRY) {
                List<Map.Entry<String, BigDecimal>> part =
                        credits.subList(start, Math.min(credits.size(), start + MEMBERS_PER_LEDGER_ENTRY));
                ledger.post(entry(queue.nextBatchNumber(), orders.size(), part));
            }
            queue.remove(orders);
            return orders.size();
        });
    }

    private static EntryRequest entry(long batch, int orders, List<Map.Entry<String, BigDecimal>> credits) {
        EntryRequest.Builder entry = EntryRequest.builder(
                "bonus-credits:" + batch,
                "pending bonus credits of " + orders + " orders (each order's entries: bonus entries API)");
        BigDecimal total = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> credit : credits) {
            entry.add(AccountRef.member(credit.getKey(), Asset.POINT, Bucket.PENDING), credit.getValue());
            total = total.add(credit.getValue());
        }
        entry.add(AccountRef.system(SystemAccount.BONUS_EXPENSE, Asset.POINT), total.negate());
        return entry.build();
    }
}
