package com.aeghash.rank.internal;

import com.aeghash.audit.AuditRows;
import com.aeghash.common.SqlTimes;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The set-based statements of a full recomputation: a bounded number per depth level of the referral tree, none
 * per member. Reads the referral tree ({@code organization_unilevel_nodes}: member, referrer, depth) and the paid
 * orders ({@code partner_orders}: member, status, totalAmount) read-only as their modules store them; writes only
 * the rank module's tables. The same on H2 and PostgreSQL but for PostgreSQL's {@link #WORK_MEM}, statistics, the
 * {@code TRUNCATE} and the apply's {@code UPDATE … FROM}; the working set is unlogged there (V149).
 */
@Repository
class RecomputationSql {

    /** Members added to {@code member_ranks} by one run above which its statistics are refreshed. */
    static final long ANALYZE_AFTER_ADDED = 10_000;

    /**
     * The memory of each sort and hash of the run's transaction on PostgreSQL ({@code SET LOCAL}, back to the server's
     * setting at its end): with the default 4MB the aggregates over every member and the joins of the working set to
     * the ranks spill to disk.
     */
    static final String WORK_MEM = "64MB";

    private final JdbcClient jdbc;
    private final RankProperties properties;

    private final RankGate gate;

    RecomputationSql(JdbcClient jdbc, RankProperties properties, RankGate gate) {
        this.jdbc = jdbc;
        this.gate = gate;
        this.properties = properties;
    }

    /**
     * The working set's key and indexes (V105, V149), which PostgreSQL builds again after the fill, in the run's
     * transaction: built from the filled table (one sort each) rather than kept up to date row by row at random places.
     * The {@code TRUNCATE} before holds the table exclusively already, and a run that fails rolls them back with the
     * rest. They must stay the migrations' definitions.
     */
    private static final List<String> WORK_KEYS = List.of(
            "ALTER TABLE rank_recomputation_work ADD CONSTRAINT rank_recomputation_work_pkey PRIMARY KEY (member_id)",
            "CREATE INDEX rank_recomputation_work_by_depth ON rank_recomputation_work (depth)",
            "CREATE INDEX rank_recomputation_work_by_referrer ON rank_recomputation_work (referrer_id)");

    private static final List<String> WORK_KEYS_DROPPED = List.of(
            "ALTER TABLE rank_recomputation_work DROP CONSTRAINT rank_recomputation_work_pkey",
            "DROP INDEX rank_recomputation_work_by_depth",
            "DROP INDEX rank_recomputation_work_by_referrer");

    /** Empties the working set and fills it with every member's inputs; returns the members. */
    long prepare(Instant now) {
        if (gate.postgres()) {
            jdbc.sql("SET LOCAL work_mem = '" + WORK_MEM + "'").update();
            jdbc.sql("TRUNCATE TABLE rank_recomputation_work").update();
            WORK_KEYS_DROPPED.forEach(statement -> jdbc.sql(statement).update());
        } else {
            // H2 commits an open transaction at TRUNCATE (which would free the gate): a DELETE there
            jdbc.sql("DELETE FROM rank_recomputation_work").update();
        }
        long added = addMissingRanks(now);
        if (gate.postgres() && added > ANALYZE_AFTER_ADDED) {
            jdbc.sql("ANALYZE member_ranks").update();
        }
        long members = jdbc.sql("""
                INSERT INTO rank_recomputation_work (member_id, referrer_id, depth, direct_referrals, own_sales)
                SELECT u.member_id, u.referrer_member_id, u.depth, COALESCE(c.referrals, 0), COALESCE(s.total, 0)
                FROM organization_unilevel_nodes u
                LEFT JOIN (SELECT referrer_member_id, COUNT(*) AS referrals FROM organization_unilevel_nodes
                           WHERE referrer_member_id IS NOT NULL GROUP BY referrer_member_id) c
                       ON c.referrer_member_id = u.member_id
                LEFT JOIN (SELECT member_id, SUM(total_amount) AS total FROM partner_orders
                           WHERE status = 'PAID' GROUP BY member_id) s
                       ON s.member_id = u.member_id
                ORDER BY u.depth""").update(); // a level's rows together: its update reads and rewrites few pages
        if (gate.postgres()) {
            WORK_KEYS.forEach(statement -> jdbc.sql(statement).update());
            // fresh statistics, or the planner may scan the whole set for each member's referrals
            jdbc.sql("ANALYZE rank_recomputation_work").update();
        }
        return members;
    }

    /**
     * Members without a rank row (registered before ranks existed, or whose registration event is still on its
     * way) get one, FREE. On PostgreSQL one insert whose unique key skips the existing rows: an anti-join against the
     * table being filled could be planned with a scan of it per member while it has no statistics yet. In member id
     * order, so the key's index grows at its end rather than at random places (the benchmark's members have no rank
     * row yet: a million rows).
     */
    private long addMissingRanks(Instant now) {
        long members = jdbc.sql("SELECT COUNT(*) FROM organization_unilevel_nodes")
                .query(Long.class)
                .single();
        long ranked =
                jdbc.sql("SELECT COUNT(*) FROM member_ranks").query(Long.class).single();
        if (ranked >= members) {
            return 0; // rows are created for registered members only: none is missing
        }
        String select = """
                INSERT INTO member_ranks (member_id, referrer_id, depth, rank_level, highest_level, rank_since,
                    updated_at)
                SELECT u.member_id, u.referrer_member_id, u.depth, 0, 0, :now, :now
                FROM organization_unilevel_nodes u""";
        String sql = gate.postgres()
                ? select + " ORDER BY u.member_id ON CONFLICT (member_id) DO NOTHING"
                : select + " WHERE NOT EXISTS (SELECT 1 FROM member_ranks m WHERE m.member_id = u.member_id)";
        return jdbc.sql(sql).param("now", SqlTimes.utc(now)).update();
    }

    int deepestLevel() {
        return jdbc.sql("SELECT COALESCE(MAX(depth), -1) FROM rank_recomputation_work")
                .query(Integer.class)
                .single();
    }

    /**
     * Ranks every member at {@code depth} from its own inputs and its direct referrals one level deeper, ranked
     * already ({@link RankRules} in SQL: one above the k-th highest referral from D0 up, or D0 on its own).
     */
    void rankLevel(int depth) {
        jdbc.sql("""
                UPDATE rank_recomputation_work w SET new_level = LEAST(6, GREATEST(
                    CASE WHEN w.direct_referrals >= :referrals OR w.own_sales >= :sales THEN 1 ELSE 0 END,
                    COALESCE((SELECT CASE WHEN c.new_level >= 1 THEN c.new_level + 1 ELSE 0 END
                              FROM rank_recomputation_work c WHERE c.referrer_id = w.member_id
                              ORDER BY c.new_level DESC LIMIT 1 OFFSET :skip), 0)))
                WHERE w.depth = :depth""")
                .param("referrals", properties.d0DirectReferrals())
                .param("sales", properties.d0OwnSales())
                .param("skip", properties.qualifyingReferrals() - 1)
                .param("depth", depth)
                .update();
    }

    /** The ranks a run changes, before it applies them: the stored rank ({@code m}) beside the new level ({@code w}). */
    private static final String CHANGED_RANKS = """
            FROM member_ranks m JOIN rank_recomputation_work w ON w.member_id = m.member_id
            WHERE w.new_level <> m.rank_level""";

    private static final String FROM_RANK = rankName("m.rank_level");
    private static final String TO_RANK = rankName("w.new_level");
    private static final String CAUSE = RankCause.RECOMPUTATION.name();

    /** Rank names from stored levels in SQL (FREE = 0, D0 = 1, ...), as the history rows write them. */
    private static String rankName(String level) {
        return "CASE WHEN " + level + " = 0 THEN 'FREE' ELSE 'D' || CAST(" + level + " - 1 AS VARCHAR(1)) END";
    }

    /**
     * Every rank the run changes, before it is applied, as the rows of one audit entry each (member, from, to, cause,
     * reference: the details of an incremental change's entry), by member id.
     */
    AuditRows changesToAudit(long runId) {
        return new AuditRows(
                "SELECT m.member_id, " + FROM_RANK + " AS from_rank, " + TO_RANK + " AS to_rank, '" + CAUSE
                        + "' AS cause, CAST(:reference AS VARCHAR(64)) AS cause_reference " + CHANGED_RANKS
                        + " ORDER BY m.member_id",
                Map.of("reference", reference(runId)),
                "member_id",
                AUDIT_DETAILS);
    }

    private static final Map<String, String> AUDIT_DETAILS = auditDetails();

    private static Map<String, String> auditDetails() {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("from", "from_rank");
        details.put("to", "to_rank");
        details.put("cause", "cause");
        details.put("reference", "cause_reference");
        return details;
    }

    static String reference(long runId) {
        return "recomputation:" + runId;
    }

    /** Writes a history row for every rank that differs from the stored one, then the ranks; returns how many. */
    long apply(long runId, Instant now) {
        jdbc.sql("INSERT INTO member_rank_history (member_id, from_rank, to_rank, cause, cause_reference, changed_at)"
                        + " SELECT m.member_id, " + FROM_RANK + ", " + TO_RANK + ", '" + CAUSE + "', :reference, :now "
                        + CHANGED_RANKS)
                .param("reference", reference(runId))
                .param("now", SqlTimes.utc(now))
                .update();
        if (gate.postgres()) {
            // one join of the working set to the ranks, not three lookups by member per changed rank
            return jdbc.sql("""
                    UPDATE member_ranks m SET rank_level = w.new_level,
                        highest_level = GREATEST(m.highest_level, w.new_level), rank_since = :now, updated_at = :now
                    FROM rank_recomputation_work w
                    WHERE w.member_id = m.member_id AND w.new_level <> m.rank_level""").param("now", SqlTimes.utc(now)).update();
        }
        return jdbc.sql("""
                UPDATE member_ranks m SET
                    rank_level = (SELECT w.new_level FROM rank_recomputation_work w WHERE w.member_id = m.member_id),
                    highest_level = GREATEST(m.highest_level,
                        (SELECT w.new_level FROM rank_recomputation_work w WHERE w.member_id = m.member_id)),
                    rank_since = :now, updated_at = :now
                WHERE EXISTS (SELECT 1 FROM rank_recomputation_work w
                              WHERE w.member_id = m.member_id AND w.new_level <> m.rank_level)""").param("now", SqlTimes.utc(now)).update();
    }
}
