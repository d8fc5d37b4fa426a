package com.aeghash.bonus.internal;

import com.aeghash.bonus.BonusClawback;
import com.aeghash.bonus.BonusEntry;
import com.aeghash.bonus.PaidOrder;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Orders, entries and the credit queue in memory, for unit tests without a database (no transactions: a claim locks
 * nothing); {@link InMemoryClosingRepository} shares it.
 */
public class InMemoryBonusOrderRepository implements BonusOrderRepository, BonusCreditQueue {

    final Map<String, StoredOrder> orders = new LinkedHashMap<>();
    final TreeMap<Long, BonusEntry> entries = new TreeMap<>();
    /** Debt recoveries of closing chunks: closing id, member id, amount. */
    final List<Object[]> recoveries = new ArrayList<>();

    final List<BonusClawback> clawbacks = new ArrayList<>();
    private final Set<String> levelKeys = new HashSet<>();
    /** Orders whose credits are owed to the ledger, oldest first. */
    final Set<String> queuedCredits = new LinkedHashSet<>();

    private long lastEntryId;
    private long lastBatch;

    @Override
    public synchronized void enqueue(String orderReference, Instant queuedAt) {
        queuedCredits.add(orderReference);
    }

    @Override
    public synchronized List<String> claim(int limit) {
        return queuedCredits.stream().limit(limit).toList();
    }

    @Override
    public synchronized Map<String, BigDecimal> creditsOf(List<String> orderReferences) {
        Set<String> claimed = Set.copyOf(orderReferences);
        Map<String, BigDecimal> credits = new TreeMap<>();
        entries.values().stream()
                .filter(entry -> claimed.contains(entry.orderReference()))
                .forEach(entry -> credits.merge(entry.beneficiaryMemberId(), entry.amount(), BigDecimal::add));
        return credits;
    }

    @Override
    public synchronized long nextBatchNumber() {
        return ++lastBatch;
    }

    @Override
    public synchronized void remove(List<String> orderReferences) {
        orderReferences.forEach(queuedCredits::remove);
    }

    @Override
    public synchronized boolean insertOrder(
            PaidOrder order, int entryCount, BigDecimal bonusTotal, Instant distributedAt) {
        if (orders.containsKey(order.orderReference())) {
            return false;
        }
        orders.put(
                order.orderReference(),
                new StoredOrder(
                        order.orderReference(),
                        order.buyerMemberId(),
                        order.pvAmount(),
                        order.paidAt(),
                        null,
                        entryCount,
                        bonusTotal));
        return true;
    }

    @Override
    public synchronized Optional<StoredOrder> findOrder(String orderReference) {
        return Optional.ofNullable(orders.get(orderReference));
    }

    @Override
    public synchronized void insertEntries(PaidOrder order, List<PlannedEntry> planned, Instant createdAt) {
        if (!orders.containsKey(order.orderReference())) {
            throw new IllegalStateException("entries of an unknown order " + order.orderReference());
        }
        for (PlannedEntry entry : planned) {
            if (!levelKeys.add(
                    order.orderReference() + "/" + entry.plan() + "/" + entry.type() + "/" + entry.level())) {
                throw new IllegalStateException(
                        "entry exists: " + order.orderReference() + " " + entry.type() + " " + entry.level());
            }
            long id = ++lastEntryId;
            entries.put(id, entry.pendingOf(order, id, createdAt));
        }
    }

    @Override
    public synchronized boolean markRefunded(String orderReference, Instant refundedAt) {
        StoredOrder order = orders.get(orderReference);
        if (order == null || order.refundedAt() != null) {
            return false;
        }
        orders.put(
                orderReference,
                new StoredOrder(
                        order.orderReference(),
                        order.buyerMemberId(),
                        order.pvAmount(),
                        order.paidAt(),
                        refundedAt,
                        order.entryCount(),
                        order.bonusTotal()));
        return true;
    }

    @Override
    public synchronized List<BonusEntry> entriesOfOrder(String orderReference) {
        return entries.values().stream()
                .filter(entry -> entry.orderReference().equals(orderReference))
                .toList();
    }

    @Override
    public synchronized List<BonusEntry> entriesOfBeneficiary(String memberId, long beforeId, int limit) {
        return entries.descendingMap().values().stream()
                .filter(entry -> entry.beneficiaryMemberId().equals(memberId) && entry.id() < beforeId)
                .limit(limit)
                .toList();
    }

    /** Keyset order of the closing: beneficiary, then id. */
    static final Comparator<BonusEntry> KEYSET =
            Comparator.comparing(BonusEntry::beneficiaryMemberId).thenComparingLong(BonusEntry::id);
}
