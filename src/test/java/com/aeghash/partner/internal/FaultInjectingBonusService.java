package com.aeghash.partner.internal;

import com.aeghash.bonus.BonusDistribution;
import com.aeghash.bonus.OrderDistribution;
import com.aeghash.bonus.PaidOrder;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The real bonus engine with failures injected on demand, for the few tests that need what the real engine
 * cannot produce at will: a transient failure (lock timeout, lost connection) in the middle of an order's
 * transaction, so that retry, {@code FAILED}/503 and the later successful retry with the same key can be
 * observed, and a distribution held inside its transaction at a known point (a duplicate then finds the key
 * in progress). Every call that is not told to fail is handed to the real {@link BonusDistribution}, so successful
 * attempts write real bonus entries and ledger postings. Only {@link WithBonusEngineFaults} contexts have it.
 */
class FaultInjectingBonusService implements BonusDistribution {

    private final BonusDistribution engine;
    private final List<String> distributeCalls = new CopyOnWriteArrayList<>();
    private final Map<String, FailurePlan> failures = new ConcurrentHashMap<>();
    private final Map<String, Gate> gates = new ConcurrentHashMap<>();

    FaultInjectingBonusService(BonusDistribution engine) {
        this.engine = engine;
    }

    /** The next {@code times} distributions of the order throw what the supplier makes, before any work. */
    void failNext(String orderReference, int times, Supplier<RuntimeException> failure) {
        failures.put(orderReference, new FailurePlan(new AtomicInteger(times), failure));
    }

    /** Distributions of the order wait inside their transaction until {@link Gate#open()}. */
    Gate holdAt(String orderReference) {
        Gate gate = new Gate();
        gates.put(orderReference, gate);
        return gate;
    }

    /** Attempts to distribute the order, failed ones included. */
    long distributeCallsFor(String orderReference) {
        return distributeCalls.stream().filter(orderReference::equals).count();
    }

    @Override
    public OrderDistribution distribute(PaidOrder order) {
        distributeCalls.add(order.orderReference());
        Gate gate = gates.get(order.orderReference());
        if (gate != null) {
            gate.pass();
        }
        FailurePlan plan = failures.get(order.orderReference());
        if (plan != null && plan.remaining().getAndDecrement() > 0) {
            throw plan.failure().get();
        }
        return engine.distribute(order);
    }

    @Override
    public void markRefunded(String orderReference, Instant refundedAt) {
        engine.markRefunded(orderReference, refundedAt);
    }

    private record FailurePlan(AtomicInteger remaining, Supplier<RuntimeException> failure) {}

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
