package com.aeghash.rank.internal;

import com.aeghash.common.SqlTimes;
import com.aeghash.rank.Rank;
import com.aeghash.rank.RankChange;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** {@code member_ranks} and {@code member_rank_history}; identical statements on H2 and PostgreSQL. */
@Repository
class JdbcRankRepository {

    static final int IN_LIST_MAX = 1000;
    private static final String COLUMNS = "member_id, referrer_id, depth, rank_level, highest_level, rank_since";
    private final JdbcClient jdbc;

    JdbcRankRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Creates the member's row FREE unless it exists. */
    void insertIfAbsent(String memberId, String referrerId, int depth, Instant now) {
        jdbc.sql("""
                INSERT INTO member_ranks (member_id, referrer_id, depth, rank_level, highest_level, rank_since,
                    updated_at)
                VALUES (:member, :referrer, :depth, 0, 0, :now, :now) ON CONFLICT DO NOTHING""")
                .param("member", memberId)
                .param("referrer", referrerId)
                .param("depth", depth)
                .param("now", SqlTimes.utc(now))
                .update();
    }

    Optional<RankRow> lock(String memberId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM member_ranks WHERE member_id = :member FOR UPDATE")
                .param("member", memberId)
                .query(JdbcRankRepository::row)
                .optional();
    }

    Optional<RankRow> find(String memberId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM member_ranks WHERE member_id = :member")
                .param("member", memberId)
                .query(JdbcRankRepository::row)
                .optional();
    }

    long directReferrals(String memberId) {
        return jdbc.sql("SELECT COUNT(*) FROM member_ranks WHERE referrer_id = :member")
                .param("member", memberId)
                .query(Long.class)
                .single();
    }

    /** The level of the {@code k}-th highest ranked direct referral; 0 when there are fewer than {@code k}. */
    int kthReferralLevel(String memberId, int k) {
        return jdbc.sql("""
                SELECT rank_level FROM member_ranks WHERE referrer_id = :member
                ORDER BY rank_level DESC LIMIT 1 OFFSET :skip""")
                .param("member", memberId)
                .param("skip", k - 1)
                .query(Integer.class)
                .optional()
                .orElse(0);
    }

    void changeRank(String memberId, Rank to, Instant now) {
        jdbc.sql("""
                UPDATE member_ranks SET rank_level = :level, highest_level = GREATEST(highest_level, :level),
                    rank_since = :now, updated_at = :now
                WHERE member_id = :member""")
                .param("level", to.level())
                .param("now", SqlTimes.utc(now))
                .param("member", memberId)
                .update();
    }

    /** Returns the new row's id. */
    long insertHistory(String memberId, Rank from, Rank to, String cause, String reference, Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO member_rank_history (member_id, from_rank, to_rank, cause, cause_reference, changed_at)
                VALUES (:member, :from, :to, :cause, :reference, :now)""")
                .param("member", memberId)
                .param("from", from.name())
                .param("to", to.name())
                .param("cause", cause)
                .param("reference", reference)
                .param("now", SqlTimes.utc(now))
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    List<RankChange> history(String memberId, int limit) {
        return historyBefore(memberId, Long.MAX_VALUE, limit);
    }

    /** Newest first below the id: a range of {@code member_rank_history_by_member}. */
    List<RankChange> historyBefore(String memberId, long beforeId, int limit) {
        return jdbc.sql("""
                SELECT id, member_id, from_rank, to_rank, cause, cause_reference, changed_at
                FROM member_rank_history WHERE member_id = :member AND id < :before ORDER BY id DESC LIMIT :limit""")
                .param("member", memberId)
                .param("before", beforeId)
                .param("limit", limit)
                .query((row, number) -> new RankChange(
                        row.getLong("id"),
                        row.getString("member_id"),
                        Rank.valueOf(row.getString("from_rank")),
                        Rank.valueOf(row.getString("to_rank")),
                        row.getString("cause"),
                        row.getString("cause_reference"),
                        SqlTimes.instant(row, "changed_at")))
                .list();
    }

    /** Current ranks of the given members, in slices of {@value #IN_LIST_MAX} ids. */
    Map<String, Rank> ranksOf(Collection<String> memberIds) {
        List<String> ids = List.copyOf(memberIds);
        Map<String, Rank> ranks = new HashMap<>();
        for (int start = 0; start < ids.size(); start += IN_LIST_MAX) {
            jdbc.sql("SELECT member_id, rank_level FROM member_ranks WHERE member_id IN (:ids)")
                    .param("ids", ids.subList(start, Math.min(ids.size(), start + IN_LIST_MAX)))
                    .query(row -> {
                        ranks.put(row.getString("member_id"), Rank.ofLevel(row.getInt("rank_level")));
                    });
        }
        return ranks;
    }

    private static RankRow row(ResultSet row, int number) throws SQLException {
        return new RankRow(
                row.getString("member_id"),
                row.getString("referrer_id"),
                row.getInt("depth"),
                row.getInt("rank_level"),
                row.getInt("highest_level"),
                SqlTimes.instant(row, "rank_since"));
    }
}
