package com.aeghash.bonus.internal;

import com.aeghash.bonus.BonusEntry;
import com.aeghash.bonus.PaidOrder;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Orders whose bonuses were distributed and their entries (one aggregate: an order's distribution). */
interface BonusOrderRepository {

    /** Inserts the order; false (nothing written) when its reference was distributed before. */
    boolean insertOrder(PaidOrder order, int entryCount, BigDecimal bonusTotal, Instant distributedAt);

    Optional<StoredOrder> findOrder(String orderReference);

    /** Inserts the order's pending entries in one batch. */
    void insertEntries(PaidOrder order, List<PlannedEntry> entries, Instant createdAt);

    /** Records the refund; false when the order was refunded before (or does not exist). */
    boolean markRefunded(String orderReference, Instant refundedAt);

    List<BonusEntry> entriesOfOrder(String orderReference);

    /** The member's entries, newest first, with an id below {@code beforeId}, at most {@code limit}. */
    List<BonusEntry> entriesOfBeneficiary(String memberId, long beforeId, int limit);
}
