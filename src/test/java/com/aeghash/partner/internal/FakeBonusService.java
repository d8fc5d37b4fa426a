package com.aeghash.partner.internal;

import com.aeghash.bonus.BonusDistribution;
import com.aeghash.bonus.BonusService;
import com.aeghash.bonus.PaidOrder;
import com.aeghash.common.Amounts;
import com.aeghash.common.ApiException;
import com.aeghash.ledger.AccountRef;
import com.aeghash.ledger.Asset;
import com.aeghash.ledger.Bucket;
import com.aeghash.ledger.EntryRequest;
import com.aeghash.ledger.Ledger;
import com.aeghash.ledger.SystemAccount;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Stands in for the bonus engine (not on this branch): pays three levels (10 %, 5 %, 1 % of PV) to synthetic
 * uplines {@code <buyer>-up1..3} as real ledger postings to their PENDING POINT buckets under references
 * {@code bonus:<order>:<beneficiary>:referral:<level>}, so invariants and "one set of entries" are observable in
 * the ledger. Records every call; remembers distributions only once their transaction commits (like the real
 * engine's rows). Tests can make calls fail or block per order reference. Buyers whose id starts with
 * {@code unregistered-} are refused like unknown members.
 */
class FakeBonusService implements BonusService {

    static final int ENTRIES_PER_ORDER = 3;
    static final List<BigDecimal> RATES = List.of(new BigDecimal("0.10"), new BigDecimal("0.05"),
            new BigDecimal("0.01"));

    private final Ledger ledger;
    private final List<PaidOrder> distributeCalls = new CopyOnWriteArrayList<>();
    private final List<String> refundCalls = new CopyOnWriteArrayList<>();
    private final Map<String, BonusDistribution> committed = new ConcurrentHashMap<>();
    private final Map<String, FailurePlan> failures = new ConcurrentHashMap<>();
    private final Map<String, Gate> gates = new ConcurrentHashMap<>();

    FakeBonusService(Ledger ledger) {
        this.ledger = ledger;
    }

    /** The next {@code times} distributions of the order throw what the supplier makes. */
    void failNext(String orderReference, int times, Supplier<RuntimeException> failure) {
        failures.put(orderReference, new FailurePlan(new AtomicInteger(times), failure));
    }

    /** Distributions of the order wait inside the transaction until {@link Gate#open()}. */
    Gate holdAt(String orderReference) {
        Gate gate = new Gate();
        gates.put(orderReference, gate);
        return gate;
    }

    long distributeCallsFor(String orderReference) {
        return distributeCalls.stream().filter(order -> order.orderReference().equals(orderReference)).count();
    }

    List<String> refundCalls() {
        return List.copyOf(refundCalls);
    }

    boolean distributed(String orderReference) {
        return committed.containsKey(orderReference);
    }

    @Override
    public BonusDistribution distribute(PaidOrder order) {
        distributeCalls.add(order);
        Gate gate = gates.get(order.orderReference());
        if (gate != null) {
            gate.pass();
        }
        FailurePlan plan = failures.get(order.orderReference());
        if (plan != null && plan.remaining().getAndDecrement() > 0) {
            throw plan.failure().get();
        }
        if (order.buyerMemberId().startsWith("unregistered-")) {
            throw ApiException.unprocessable("unknown_member", "member " + order.buyerMemberId() + " is not registered");
        }
        BonusDistribution earlier = committed.get(order.orderReference());
        if (earlier != null) {
            return new BonusDistribution(earlier.orderReference(), earlier.entries(), earlier.total(), true);
        }
        BonusDistribution distribution = post(order);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                committed.put(order.orderReference(), distribution);
            }
        });
        return distribution;
    }

    private BonusDistribution post(PaidOrder order) {
        List<EntryRequest> entries = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (int level = 1; level <= ENTRIES_PER_ORDER; level++) {
            String beneficiary = order.buyerMemberId() + "-up" + level;
            BigDecimal amount = Amounts.floor8(order.pvAmount().multiply(RATES.get(level - 1)));
            entries.add(EntryRequest.builder("bonus:" + order.orderReference() + ":" + beneficiary + ":referral:"
                            + level, "fake referral bonus")
                    .move(AccountRef.system(SystemAccount.BONUS_EXPENSE, Asset.POINT),
                            AccountRef.member(beneficiary, Asset.POINT, Bucket.PENDING), amount)
                    .build());
            total = total.add(amount);
        }
        ledger.postAll(entries);
        return new BonusDistribution(order.orderReference(), ENTRIES_PER_ORDER, total, false);
    }

    @Override
    public void markRefunded(String orderReference, Instant refundedAt) {
        if (!committed.containsKey(orderReference)) {
            throw ApiException.notFound("order " + orderReference);
        }
        refundCalls.add(orderReference);
    }

    private record FailurePlan(AtomicInteger remaining, Supplier<RuntimeException> failure) {
    }

    /** Holds a distribution inside its transaction until opened. */
    static final class Gate {
        private final CountDownLatch entered = new CountDownLatch(1);
        private final CountDownLatch opened = new CountDownLatch(1);

        private void pass() {
            entered.countDown();
            try {
                if (!opened.await(30, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("gate never opened");
                }
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(interrupted);
            }
        }

        void awaitEntered() throws InterruptedException {
            if (!entered.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("nobody reached the gate");
            }
        }

        void open() {
            opened.countDown();
        }
    }
}
