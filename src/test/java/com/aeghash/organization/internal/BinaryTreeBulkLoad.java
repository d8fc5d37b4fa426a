package com.aeghash.organization.internal;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fills an empty PostgreSQL organization with set-based SQL (seconds for a million members): members
 * {@code <prefix>1..<prefix>N}, all referred and sponsored by the root {@code <prefix>1}, placed breadth-first
 * exactly as registrations would place them (member k at breadth-first index k: parent k/2, left when k is
 * even), with paths, positions and the N + 1 open slots below the last level. For tests and benchmarks.
 */
public final class BinaryTreeBulkLoad {

    private BinaryTreeBulkLoad() {}

    /** Loads the tree and returns the root's member id. */
    public static String load(JdbcTemplate jdbc, String prefix, int members) {
        String depth = "(32 - position('1' in k::bit(32)::text))";
        jdbc.update("""
                INSERT INTO organization_members (member_id, referral_code, registered_at, registered_by)
                SELECT ? || k, 'x' || k, now(), 'bulk' FROM generate_series(1, ?) k""", prefix, members);
        jdbc.update("INSERT INTO organization_root (singleton, member_id) VALUES (1, ? || 1)", prefix);
        jdbc.update("""
                INSERT INTO organization_unilevel_nodes (member_id, referrer_member_id, depth, path)
                SELECT ? || k, CASE WHEN k = 1 THEN NULL ELSE ? || 1 END, CASE WHEN k = 1 THEN 0 ELSE 1 END,
                       CASE WHEN k = 1 THEN ? || 1 ELSE ? || 1 || '/' || ? || k END
                FROM generate_series(1, ?) k""", prefix, prefix, prefix, prefix, prefix, members);
        jdbc.update("""
                INSERT INTO organization_binary_nodes (member_id, sponsor_member_id, parent_member_id, side, depth,
                    level_position, path, left_leg_pv, right_leg_pv, placed_at)
                SELECT ? || k, CASE WHEN k = 1 THEN NULL ELSE ? || 1 END,
                       CASE WHEN k = 1 THEN NULL ELSE ? || (k / 2) END,
                       CASE WHEN k = 1 THEN NULL WHEN mod(k, 2) = 0 THEN 'L' ELSE 'R' END,
                       d, k - (1::bigint << d),
                       (SELECT string_agg(? || (k >> j), '/' ORDER BY j DESC) FROM generate_series(0, d) j),
                       0, 0, now()
                FROM (SELECT k, %s AS d FROM generate_series(1, ?) k) nodes ORDER BY k""".formatted(depth), prefix, prefix, prefix, prefix, members);
        jdbc.update("""
                INSERT INTO organization_binary_open_slots (depth, level_position, parent_member_id, side)
                SELECT d, k - (1::bigint << d), ? || (k / 2), CASE WHEN mod(k, 2) = 0 THEN 'L' ELSE 'R' END
                FROM (SELECT k, %s AS d FROM generate_series(? + 1, 2 * ? + 1) k) slots""".formatted(depth), prefix, members, members);
        jdbc.execute("ANALYZE organization_members");
        jdbc.execute("ANALYZE organization_unilevel_nodes");
        jdbc.execute("ANALYZE organization_binary_nodes");
        jdbc.execute("ANALYZE organization_binary_open_slots");
        return prefix + 1;
    }
}
