package com.aeghash.partner.internal.orders;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link PartnerOrderRepository} in memory, for unit tests. */
class InMemoryPartnerOrderRepository implements PartnerOrderRepository {

    private final Map<Long, PartnerOrder> orders = new LinkedHashMap<>();
    private long nextId = 1;

    @Override
    public synchronized Optional<Long> insertPaid(PartnerOrder order) {
        if (find(order.partnerId(), order.orderId()).isPresent()) {
            return Optional.empty();
        }
        long id = nextId++;
        store(id, order, PartnerOrderStatus.PAID, 0, BigDecimal.ZERO, null);
        return Optional.of(id);
    }

    /** The lines stored per order id. */
    final Map<Long, List<PricedLine>> lines = new HashMap<>();

    @Override
    public synchronized void insertLines(long orderId, List<PricedLine> orderLines) {
        lines.put(orderId, List.copyOf(orderLines));
    }

    @Override
    public synchronized void recordBonus(long id, int bonusEntries, BigDecimal bonusTotal, Instant now) {
        PartnerOrder order = orders.get(id);
        store(id, order, order.status(), bonusEntries, bonusTotal, order.refundedAt());
    }

    @Override
    public synchronized Optional<PartnerOrder> findForUpdate(String partnerId, String orderId) {
        return find(partnerId, orderId);
    }

    @Override
    public synchronized boolean markRefunded(long id, Instant refundedAt) {
        PartnerOrder order = orders.get(id);
        if (order == null || order.status() != PartnerOrderStatus.PAID) {
            return false;
        }
        store(id, order, PartnerOrderStatus.REFUNDED, order.bonusEntries(), order.bonusTotal(), refundedAt);
        return true;
    }

    /** Stores {@code order} under {@code id} with the given state, bonus and refund; the rest as it is. */
    private void store(
            long id,
            PartnerOrder order,
            PartnerOrderStatus status,
            int bonusEntries,
            BigDecimal bonusTotal,
            Instant refundedAt) {
        orders.put(
                id,
                new PartnerOrder(
                        id,
                        order.partnerId(),
                        order.orderId(),
                        order.memberId(),
                        order.totalAmount(),
                        order.pvAmount(),
                        order.channel(),
                        order.metadata(),
                        status,
                        bonusEntries,
                        bonusTotal,
                        order.paidAt(),
                        refundedAt));
    }

    private Optional<PartnerOrder> find(String partnerId, String orderId) {
        return orders.values().stream()
                .filter(order ->
                        order.partnerId().equals(partnerId) && order.orderId().equals(orderId))
                .findFirst();
    }
}
