package com.aeghash.bonus.internal;

import com.aeghash.bonus.BonusClosing;
import com.aeghash.bonus.BonusEntry;
import com.aeghash.bonus.BonusOperations;
import com.aeghash.common.MemberIds;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link BonusOperations} on the closing service and the order repository the HTTP API uses. */
@Service
class BonusOperationsService implements BonusOperations {

    static final int ENTRIES_PAGE_MAX = 500;

    private final BonusClosingService closings;
    private final BonusOrderRepository orders;

    BonusOperationsService(BonusClosingService closings, BonusOrderRepository orders) {
        this.closings = closings;
        this.orders = orders;
    }

    @Override
    public List<BonusClosing> recentClosings(int limit) {
        return closingsBefore(Long.MAX_VALUE, limit);
    }

    @Override
    public List<BonusClosing> closingsBefore(long beforeId, int limit) {
        return closings.recent(beforeId, Math.min(Math.max(limit, 1), BonusClosingService.RECENT_MAX)).stream()
                .map(ClosingRun::view)
                .toList();
    }

    @Override
    public BonusClosing close(Instant cutoff, String actor) {
        return closings.close(cutoff, actor).view();
    }

    @Override
    @Transactional(readOnly = true)
    public List<BonusEntry> entriesOfMember(String memberId, long beforeId, int limit) {
        return orders.entriesOfBeneficiary(
                MemberIds.require(memberId, "memberId"), beforeId, Math.min(Math.max(limit, 1), ENTRIES_PAGE_MAX));
    }

    @Override
    @Transactional(readOnly = true)
    public List<BonusEntry> entriesOfOrder(String orderReference) {
        return orders.entriesOfOrder(orderReference);
    }
}
