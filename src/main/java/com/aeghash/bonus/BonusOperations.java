package com.aeghash.bonus;

import java.time.Instant;
import java.util.List;

/** Operators' view of the bonus engine: closings with their progress, starting one, and the entries paid. */
public interface BonusOperations {

    /** Newest first, at most {@code limit} (1-100). */
    List<BonusClosing> recentClosings(int limit);

    /** Newest first with ids below {@code beforeId}, at most {@code limit} (1-100): a keyset page. */
    List<BonusClosing> closingsBefore(long beforeId, int limit);

    /**
     * Creates or resumes the closing of the cut-off and runs it to completion (chunk by chunk, each committed
     * with its progress); a completed closing is returned unchanged.
     *
     * @throws com.aeghash.common.ApiException 400 without a cut-off, 422 {@code cutoff_in_future}
     */
    BonusClosing close(Instant cutoff, String actor);

    /** The member's entries as beneficiary, newest first, with ids below {@code beforeId}, at most {@code limit} (1-500). */
    List<BonusEntry> entriesOfMember(String memberId, long beforeId, int limit);

    /** Every entry of one order ({@code <partner>:<orderId>}); empty when the order paid nothing or is unknown. */
    List<BonusEntry> entriesOfOrder(String orderReference);
}
