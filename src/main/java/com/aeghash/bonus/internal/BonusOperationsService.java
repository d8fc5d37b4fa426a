package com.aeghash.bonus.internal;

import com.aeghash.bonus.BonusClosing;
import com.aeghash.bonus.BonusCredits;
import com.aeghash.bonus.BonusEntry;
import com.aeghash.bonus.BonusOperations;
import com.aeghash.common.MemberIds;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link BonusOperations} on the closing service and the order repository the HTTP API uses; a closing first posts the
 * queued credits ({@link BonusCredits}), which it could not take otherwise.
 */
@Service
class BonusOperationsService implements BonusOperations {

    static final int ENTRIES_PAGE_MAX = 500;

    private final BonusClosingService closings;
    private final BonusOrderRepository orders;
    private final BonusCredits credits;

    BonusOperationsService(BonusClosingService closings, BonusOrderRepository orders, BonusCredits credits) {
        this.closings = closings;
        this.orders = orders;
        this.credits = credits;
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
        return closeWithCreditsPosted(cutoff, actor).view();
    }

    /**
     * Posts the queued credits, then runs the closing (which takes only entries whose credits are posted): how the API,
     * the console and the schedule close, so an order is not left to the next closing for want of a job's run.
     */
    ClosingRun closeWithCreditsPosted(Instant cutoff, String actor) {
        credits.postOutstanding();
        return closings.close(cutoff, actor);
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
