package com.aeghash.rank.internal;

import com.aeghash.common.SqlTimes;
import com.aeghash.rank.RankRecomputation;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** {@code rank_recomputations}: the runs with their state and progress. */
@Repository
class JdbcRecomputationRepository {

    private static final String COLUMNS = """
            id, state, requested_by, total_members, total_levels, levels_done, changed_members, error, created_at,
            updated_at, completed_at""";
    private final JdbcClient jdbc;

    JdbcRecomputationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertRunning(String actor, Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO rank_recomputations (state, requested_by, total_members, total_levels, levels_done,
                    changed_members, created_at, updated_at)
                VALUES ('RUNNING', :actor, 0, 0, 0, 0, :now, :now)""").param("actor", actor).param("now", SqlTimes.utc(now)).update(keys, "id");
        return keys.getKey().longValue();
    }

    /**
     * The latest run that is {@code RUNNING} and was updated after {@code aliveAfter} (older ones were abandoned). Two
     * starts racing may both register a run; the gate runs them one after the other, and this answers the latest.
     */
    Optional<Long> running(Instant aliveAfter) {
        return jdbc.sql("""
                SELECT id FROM rank_recomputations WHERE state = 'RUNNING' AND updated_at > :after
                ORDER BY id DESC LIMIT 1""")
                .param("after", SqlTimes.utc(aliveAfter))
                .query(Long.class)
                .optional();
    }

    void progress(long id, long totalMembers, int totalLevels, int levelsDone, Instant now) {
        jdbc.sql("""
                UPDATE rank_recomputations SET total_members = :members, total_levels = :levels,
                    levels_done = :done, updated_at = :now WHERE id = :id""")
                .param("members", totalMembers)
                .param("levels", totalLevels)
                .param("done", levelsDone)
                .param("now", SqlTimes.utc(now))
                .param("id", id)
                .update();
    }

    void complete(long id, long changedMembers, Instant now) {
        jdbc.sql("""
                UPDATE rank_recomputations SET state = 'COMPLETED', changed_members = :changed, levels_done = total_levels,
                    updated_at = :now, completed_at = :now WHERE id = :id""")
                .param("changed", changedMembers)
                .param("now", SqlTimes.utc(now))
                .param("id", id)
                .update();
    }

    void fail(long id, String error, Instant now) {
        jdbc.sql("UPDATE rank_recomputations SET state = 'FAILED', error = :error, updated_at = :now WHERE id = :id")
                .param("error", error.length() > 1000 ? error.substring(0, 1000) : error)
                .param("now", SqlTimes.utc(now))
                .param("id", id)
                .update();
    }

    Optional<RankRecomputation> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM rank_recomputations WHERE id = :id")
                .param("id", id)
                .query(JdbcRecomputationRepository::run)
                .optional();
    }

    /** Newest first, ids below {@code beforeId}. */
    List<RankRecomputation> before(long beforeId, int limit) {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM rank_recomputations WHERE id < :before ORDER BY id DESC LIMIT :limit")
                .param("before", beforeId)
                .param("limit", limit)
                .query(JdbcRecomputationRepository::run)
                .list();
    }

    private static RankRecomputation run(ResultSet row, int number) throws SQLException {
        return new RankRecomputation(
                row.getLong("id"),
                row.getString("state"),
                row.getString("requested_by"),
                row.getLong("total_members"),
                row.getInt("total_levels"),
                row.getInt("levels_done"),
                row.getLong("changed_members"),
                row.getString("error"),
                SqlTimes.instant(row, "created_at"),
                SqlTimes.instant(row, "updated_at"),
                SqlTimes.instant(row, "completed_at"));
    }
}
