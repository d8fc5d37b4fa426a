package com.aeghash.rank;

import java.time.Instant;
import java.util.List;

/**
 * A member's rank: the current one since {@code since}, the highest ever held, and the latest changes (newest
 * first).
 */
public record MemberRank(String memberId, Rank current, Rank highest, Instant since, List<RankChange> history) {

    public MemberRank {
        history = List.copyOf(history);
    }
}
