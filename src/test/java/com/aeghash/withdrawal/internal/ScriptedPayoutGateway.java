package com.aeghash.withdrawal.internal;

import com.aeghash.ledger.Asset;
import com.aeghash.withdrawal.PayoutCommand;
import com.aeghash.withdrawal.PayoutGateway;
import com.aeghash.withdrawal.PayoutOutcome;
import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A payout gateway for tests, scripted per member: it answers any outcome, throws, hangs, or executes the
 * payout and then loses the response. It keeps the "vendor's records" that {@link #reconcile} answers from and
 * counts every {@link #execute} call per payout reference. Unscripted payouts complete at once.
 */
class ScriptedPayoutGateway implements PayoutGateway {

    enum Kind {
        ANSWER,
        THROW,
        HANG,
        EXECUTE_THEN_LOSE_RESPONSE
    }

    record Step(Kind kind, PayoutOutcome answer) {}

    private final Map<String, Deque<Step>> scripts = new ConcurrentHashMap<>();
    private final Map<String, PayoutOutcome> vendorRecords = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> executions = new ConcurrentHashMap<>();

    static Step answer(PayoutOutcome outcome) {
        return new Step(Kind.ANSWER, outcome);
    }

    static Step throwing() {
        return new Step(Kind.THROW, null);
    }

    static Step hanging() {
        return new Step(Kind.HANG, null);
    }

    static Step executeThenLoseResponse() {
        return new Step(Kind.EXECUTE_THEN_LOSE_RESPONSE, null);
    }

    /** The next payouts of the member behave like these steps, in order. */
    void script(String memberId, Step... steps) {
        Deque<Step> queue = scripts.computeIfAbsent(memberId, member -> new ConcurrentLinkedDeque<>());
        for (Step step : steps) {
            queue.add(step);
        }
    }

    /** What the vendor's history says about a payout from now on. */
    void vendorRecord(String payoutReference, PayoutOutcome outcome) {
        vendorRecords.put(payoutReference, outcome);
    }

    int executions(String payoutReference) {
        AtomicInteger count = executions.get(payoutReference);
        return count == null ? 0 : count.get();
    }

    @Override
    public boolean handles(Asset asset) {
        return asset != Asset.HASHPOWER;
    }

    @Override
    public PayoutOutcome execute(PayoutCommand command) {
        String reference = command.payoutReference();
        executions.computeIfAbsent(reference, key -> new AtomicInteger()).incrementAndGet();
        Deque<Step> queue = scripts.get(command.memberId());
        Step step = queue == null ? null : queue.poll();
        if (step == null) {
            step = answer(PayoutOutcome.completed("vendor-" + command.withdrawalId()));
        }
        return switch (step.kind()) {
            case ANSWER -> {
                if (step.answer().kind() != PayoutOutcome.Kind.UNKNOWN) {
                    vendorRecords.put(reference, step.answer());
                }
                yield step.answer();
            }
            case THROW -> throw new IllegalStateException("connection reset by the test vendor");
            case HANG -> hang();
            case EXECUTE_THEN_LOSE_RESPONSE -> {
                vendorRecords.put(reference, PayoutOutcome.completed("vendor-" + command.withdrawalId()));
                throw new UncheckedIOException(new SocketTimeoutException("read timed out"));
            }
        };
    }

    @Override
    public PayoutOutcome reconcile(PayoutCommand command) {
        return vendorRecords.getOrDefault(
                command.payoutReference(), PayoutOutcome.unknown("no record at the test vendor"));
    }

    private static PayoutOutcome hang() {
        try {
            Thread.sleep(120_000);
        } catch (InterruptedException abandoned) {
            Thread.currentThread().interrupt();
        }
        throw new IllegalStateException("the hanging call was abandoned");
    }
}
