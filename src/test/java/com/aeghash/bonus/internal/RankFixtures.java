package com.aeghash.bonus.internal;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Ranks as the rank module stores them, written directly for bonus tests that need a member to hold a rank since a
 * given time (reaching D2 or D3 through real registrations and orders takes dozens of members per rank).
 */
final class RankFixtures {

    private static final List<String> RANKS = List.of("FREE", "D0", "D1", "D2", "D3", "D4", "D5");

    private RankFixtures() {}

    /** Waits until every published event was handled (the registrations' rank rows exist). */
    static void settle(JdbcTemplate jdbc) {
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> jdbc.queryForObject(
                                "SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL", Long.class)
                        == 0);
    }

    /** The member changes to {@code rank} at {@code at}: a history row from its current rank, and the rank row. */
    static void change(JdbcTemplate jdbc, String member, String rank, Instant at) {
        Integer current =
                jdbc.queryForObject("SELECT rank_level FROM member_ranks WHERE member_id = ?", Integer.class, member);
        jdbc.update("""
                INSERT INTO member_rank_history (member_id, from_rank, to_rank, cause, cause_reference, changed_at)
                VALUES (?, ?, ?, 'RECOMPUTATION', 'test', ?)""", member, RANKS.get(current), rank, at.atOffset(ZoneOffset.UTC));
        int level = RANKS.indexOf(rank);
        jdbc.update(
                "UPDATE member_ranks SET rank_level = ?, highest_level = GREATEST(highest_level, ?) WHERE member_id = ?",
                level,
                level,
                member);
    }
}
