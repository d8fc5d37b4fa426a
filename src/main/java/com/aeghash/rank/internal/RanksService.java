package com.aeghash.rank.internal;

import com.aeghash.organization.NodeRanks;
import com.aeghash.rank.MemberRank;
import com.aeghash.rank.Rank;
import com.aeghash.rank.RankChange;
import com.aeghash.rank.RankRecomputation;
import com.aeghash.rank.Ranks;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link Ranks} and the ranks organization shows on its nodes ({@link NodeRanks}). */
@Service
@Transactional(readOnly = true)
class RanksService implements Ranks, NodeRanks {

    static final int HISTORY_MAX = 500;
    static final int RECOMPUTATIONS_MAX = 200;
    private final JdbcRankRepository ranks;
    private final JdbcRecomputationRepository runs;
    private final FullRecomputation recomputation;

    RanksService(JdbcRankRepository ranks, JdbcRecomputationRepository runs, FullRecomputation recomputation) {
        this.ranks = ranks;
        this.runs = runs;
        this.recomputation = recomputation;
    }

    @Override
    public Optional<MemberRank> rankOf(String memberId, int historyLimit) {
        return ranks.find(memberId)
                .map(row -> new MemberRank(
                        memberId,
                        Rank.ofLevel(row.level()),
                        Rank.ofLevel(row.highestLevel()),
                        row.since(),
                        ranks.history(memberId, Math.min(Math.max(historyLimit, 0), HISTORY_MAX))));
    }

    @Override
    public List<RankChange> historyBefore(String memberId, long beforeId, int limit) {
        return ranks.historyBefore(memberId, beforeId, Math.min(Math.max(limit, 1), HISTORY_MAX + 1));
    }

    @Override
    @Transactional(readOnly = false)
    public RankRecomputation startRecomputation(String actor) {
        return recomputation.start(actor);
    }

    @Override
    public Optional<RankRecomputation> recomputation(long id) {
        return runs.find(id);
    }

    @Override
    public List<RankRecomputation> recomputationsBefore(long beforeId, int limit) {
        return runs.before(beforeId, Math.min(Math.max(limit, 1), RECOMPUTATIONS_MAX));
    }

    @Override
    public Map<String, String> ranksOf(Collection<String> memberIds) {
        return ranks.ranksOf(memberIds).entrySet().stream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey, entry -> entry.getValue().name()));
    }
}
