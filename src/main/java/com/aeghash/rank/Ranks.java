package com.aeghash.rank;

import java.util.List;
import java.util.Optional;

/** Reads of ranks and the full recomputation. */
public interface Ranks {

    /** The member's rank with at most {@code historyLimit} latest changes; empty for a member without a rank. */
    Optional<MemberRank> rankOf(String memberId, int historyLimit);

    /**
     * The member's rank changes newest first, those before the change {@code beforeId} (exclusive), at most
     * {@code limit} (capped at 501): a keyset page that a new change never shifts. Empty for a member without any.
     */
    List<RankChange> historyBefore(String memberId, long beforeId, int limit);

    /**
     * Starts a full recomputation in the background and returns it {@code RUNNING}; audited.
     *
     * @throws com.aeghash.common.ApiException 409 {@code recomputation_running} while another one runs
     */
    RankRecomputation startRecomputation(String actor);

    Optional<RankRecomputation> recomputation(long id);

    /** Newest first, ids below {@code beforeId}, at most {@code limit} (capped at 200). */
    List<RankRecomputation> recomputationsBefore(long beforeId, int limit);
}
