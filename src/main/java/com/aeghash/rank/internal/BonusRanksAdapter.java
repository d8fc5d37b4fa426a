package com.aeghash.rank.internal;

import com.aeghash.bonus.BonusRanks;
import com.aeghash.common.SqlTimes;
import com.aeghash.rank.Rank;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bonus engine's ranks at an instant ({@link BonusRanks}), from {@code member_ranks} and
 * {@code member_rank_history}. A member's rank at instant T is the {@code from_rank} of its first change after T,
 * or its current rank when it has not changed since T: every change since ranks exist is a history row (members
 * that got their row before start FREE without one). Both statements are set-based and identical on H2 and
 * PostgreSQL; rank names map to levels in SQL by {@link #LEVEL_OF_FROM_RANK}.
 */
@Component
@Transactional(readOnly = true)
class BonusRanksAdapter implements BonusRanks {

    static final int IN_LIST_MAX = JdbcRankRepository.IN_LIST_MAX;

    /** {@code from_rank} as the stored level (FREE = 0, D0 = 1, ... D5 = 6). */
    static final String LEVEL_OF_FROM_RANK =
            "CASE h.from_rank WHEN 'FREE' THEN 0 WHEN 'D0' THEN 1 WHEN 'D1' THEN 2 WHEN 'D2' THEN 3 "
                    + "WHEN 'D3' THEN 4 WHEN 'D4' THEN 5 ELSE 6 END";

    /**
     * Members at the level now who did not change since, and members whose first change after the instant started
     * from the level or higher: one statement, the first part over {@code member_ranks}, the second over the changes
     * after the instant ({@code member_rank_history_by_time}). A member is in one part at most, so the UNION's rows
     * are the members.
     */
    private static final String MEMBERS_AT_LEAST = """
            SELECT m.member_id FROM member_ranks m
            WHERE m.rank_level >= :level
              AND NOT EXISTS (SELECT 1 FROM member_rank_history a
                              WHERE a.member_id = m.member_id AND a.changed_at > :at)
            UNION
            SELECT h.member_id FROM member_rank_history h
            WHERE h.changed_at > :at AND %s >= :level
              AND h.id = (SELECT MIN(f.id) FROM member_rank_history f
                          WHERE f.member_id = h.member_id AND f.changed_at > :at)""".formatted(LEVEL_OF_FROM_RANK);

    private final JdbcClient jdbc;

    BonusRanksAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, Level> levelsAt(Collection<String> memberIds, Instant at) {
        List<String> ids = List.copyOf(memberIds);
        Map<String, Level> levels = new HashMap<>();
        ids.forEach(id -> levels.put(id, Level.FREE));
        for (int start = 0; start < ids.size(); start += IN_LIST_MAX) {
            jdbc.sql("""
                    SELECT m.member_id, m.rank_level,
                        (SELECT %s FROM member_rank_history h WHERE h.member_id = m.member_id AND h.changed_at > :at
                         ORDER BY h.id LIMIT 1) AS level_then
                    FROM member_ranks m WHERE m.member_id IN (:ids)""".formatted(LEVEL_OF_FROM_RANK))
                    .param("at", SqlTimes.utc(at))
                    .param("ids", ids.subList(start, Math.min(ids.size(), start + IN_LIST_MAX)))
                    .query(row -> {
                        int now = row.getInt("rank_level");
                        int then = row.getInt("level_then");
                        boolean unchangedSince = row.wasNull();
                        levels.put(row.getString("member_id"), level(unchangedSince ? now : then));
                    });
        }
        return levels;
    }

    @Override
    public List<String> membersAtLeast(Level minimum, Instant at) {
        return jdbc.sql(MEMBERS_AT_LEAST + " ORDER BY 1")
                .param("level", levelOf(minimum))
                .param("at", SqlTimes.utc(at))
                .query(String.class)
                .list();
    }

    @Override
    public long countAtLeast(Level minimum, Instant at) {
        return jdbc.sql("SELECT COUNT(*) FROM (" + MEMBERS_AT_LEAST + ") qualifiers")
                .param("level", levelOf(minimum))
                .param("at", SqlTimes.utc(at))
                .query(Long.class)
                .single();
    }

    static int levelOf(Level level) {
        return Rank.valueOf(level.name()).level();
    }

    static Level level(int stored) {
        return Level.valueOf(Rank.ofLevel(stored).name());
    }
}
