package com.aeghash.mining.internal.etl;

import com.aeghash.mining.internal.MiningProperties.AllocationBasis;

/**
 * The allocation of one chunk as one {@code INSERT ... SELECT} into {@code mining_chunk_credits}, the same arithmetic
 * as {@link ProfitAllocation#allocate} (which stays its reference, compared in a test): per member (column
 * {@code owner_id} of the ledger's holdings query) the hash power held ({@code at_start}, or the integral over the day
 * divided by its seconds, rounded down to 18 decimals), per coin {@code wanted = trunc(trunc(perMega x h, 8) x scale, 8)}
 * (no second rounding when the scale is 1) and the amount granted in member order within the coin's budget:
 * {@code greatest(0, least(wanted, budget - wanted of the members before))}, which is what the one-by-one clamp of
 * {@link ProfitAllocation} grants (every member before the first one clamped got all they wanted, that one got the
 * rest, everyone after nothing). Members with a positive amount are numbered in member order into slices of
 * {@link EtlChunkWriter#MEMBERS_PER_ENTRY}, each slice's first and last member naming its journal entry.
 *
 * <p>The division of the integral is exact before it is rounded down: the dividend is cast to 60 decimals, and the
 * quotient of a number of at most 24 decimals by a day's seconds ({@code 2^7 x 3^3 x 5^2}) repeats with a period of at
 * most 3 digits from the 32nd decimal on, so rounding it at the 60th can never carry into the 18th.
 */
final class ChunkAllocationSql {

    private static final String INSERT = """
            INSERT INTO mining_chunk_credits
                (run_id, chunk_no, member_id, hash_power, coin, wanted, amount, slice_first, slice_last)
            SELECT CAST(? AS BIGINT), CAST(? AS INT), g.member_id, g.hash_power, g.coin, g.wanted, g.amount,
                   CASE WHEN g.slice_no IS NOT NULL THEN MIN(g.member_id) OVER (PARTITION BY g.slice_no) END,
                   CASE WHEN g.slice_no IS NOT NULL THEN MAX(g.member_id) OVER (PARTITION BY g.slice_no) END
            FROM (
                SELECT c.member_id, c.hash_power, c.coin, c.wanted, c.amount,
                       CASE WHEN c.credited = 1
                            THEN (DENSE_RANK() OVER (PARTITION BY c.credited ORDER BY c.member_id) - 1) / %d
                       END AS slice_no
                FROM (
                    SELECT a.member_id, a.hash_power, a.coin, a.wanted, a.amount,
                           MAX(CASE WHEN a.amount > 0 THEN 1 ELSE 0 END) OVER (PARTITION BY a.member_id) AS credited
                    FROM (
                        SELECT w.member_id, w.hash_power, w.coin, w.wanted,
                               CASE WHEN w.coin IS NULL THEN 0
                                    ELSE GREATEST(0, LEAST(w.wanted, w.budget - (SUM(w.wanted) OVER (
                                        PARTITION BY w.coin ORDER BY w.member_id
                                        ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) - w.wanted)))
                               END AS amount
                        FROM (
                            SELECT h.member_id, h.hash_power, p.coin, p.budget,
                                   CASE WHEN p.coin IS NULL THEN 0
                                        WHEN p.scale = 1 THEN TRUNC(p.per_mega * h.hash_power, 8)
                                        ELSE TRUNC(TRUNC(p.per_mega * h.hash_power, 8) * p.scale, 8)
                                   END AS wanted
                            FROM (SELECT s.owner_id AS member_id, HASH_POWER AS hash_power FROM (HOLDINGS) s) h
                            LEFT JOIN UNNEST(CAST(? AS VARCHAR(16) ARRAY), CAST(? AS NUMERIC(38, 18) ARRAY),
                                             CAST(? AS NUMERIC(38, 18) ARRAY), CAST(? AS NUMERIC(38, 18) ARRAY))
                                 AS p (coin, per_mega, scale, budget) ON 1 = 1
                        ) w
                    ) a
                ) c
            ) g""".formatted(EtlChunkWriter.MEMBERS_PER_ENTRY);

    /**
     * The allocation when no coin's budget runs out in the chunk (every member gets what it wants): no running sum,
     * and the slices numbered per member (5,000 rows) instead of per member and coin. A member is credited when one of
     * its coins' wanted amounts is positive.
     */
    private static final String INSERT_UNCLAMPED = """
            INSERT INTO mining_chunk_credits
                (run_id, chunk_no, member_id, hash_power, coin, wanted, amount, slice_first, slice_last)
            SELECT CAST(? AS BIGINT), CAST(? AS INT), m.member_id, m.hash_power, p.coin, WANTED, WANTED,
                   m.slice_first, m.slice_last
            FROM (
                SELECT r.member_id, r.hash_power,
                       CASE WHEN r.slice_no IS NOT NULL THEN MIN(r.member_id) OVER (PARTITION BY r.slice_no) END
                           AS slice_first,
                       CASE WHEN r.slice_no IS NOT NULL THEN MAX(r.member_id) OVER (PARTITION BY r.slice_no) END
                           AS slice_last
                FROM (
                    SELECT c.member_id, c.hash_power,
                           CASE WHEN c.credited = 1
                                THEN (ROW_NUMBER() OVER (PARTITION BY c.credited ORDER BY c.member_id) - 1) / %d
                           END AS slice_no
                    FROM (
                        SELECT h.member_id, h.hash_power,
                               CASE WHEN EXISTS (
                                   SELECT 1 FROM UNNEST(CAST(? AS VARCHAR(16) ARRAY), CAST(? AS NUMERIC(38, 18) ARRAY),
                                                        CAST(? AS NUMERIC(38, 18) ARRAY)) AS p (coin, per_mega, scale)
                                   WHERE MEMBER_WANTED > 0) THEN 1 ELSE 0 END AS credited
                        FROM (SELECT s.owner_id AS member_id, HASH_POWER AS hash_power FROM (HOLDINGS) s) h
                    ) c
                ) r
            ) m
            LEFT JOIN UNNEST(CAST(? AS VARCHAR(16) ARRAY), CAST(? AS NUMERIC(38, 18) ARRAY),
                             CAST(? AS NUMERIC(38, 18) ARRAY)) AS p (coin, per_mega, scale) ON 1 = 1""".formatted(EtlChunkWriter.MEMBERS_PER_ENTRY)
            .replace("MEMBER_WANTED", wanted("h"))
            .replace("WANTED", wanted("m"));

    private static final String TIME_WEIGHTED =
            "TRUNC(CAST(s.integral AS NUMERIC(90, 60)) / CAST(? AS NUMERIC(20, 0)), %d)"
                    .formatted(ProfitAllocation.SCALE_DECIMALS);

    private ChunkAllocationSql() {}

    /**
     * The statement over the ledger's {@code holdings} query. Parameters: run id, chunk number, the day's seconds (time
     * weighted only), the holdings query's parameters, then the coins, their per-mega rates, scales and budgets.
     */
    static String insert(AllocationBasis basis, String holdings) {
        return INSERT.replace("HASH_POWER", hashPower(basis)).replace("HOLDINGS", holdings);
    }

    /**
     * The statement of {@link #insert} for a chunk whose wanted amounts fit every coin's budget, which grants every
     * member what it wants. Parameters: run id, chunk number, the
     * coins, their per-mega rates and scales (which members are credited), the day's seconds (time weighted only), the
     * holdings query's parameters, then the coins, rates and scales again (the rows).
     */
    static String insertUnclamped(AllocationBasis basis, String holdings) {
        return INSERT_UNCLAMPED.replace("HASH_POWER", hashPower(basis)).replace("HOLDINGS", holdings);
    }

    /** {@code trunc(trunc(perMega x h, 8) x scale, 8)} of the coin {@code p} for the hash power of {@code holder}. */
    private static String wanted(String holder) {
        return """
                CASE WHEN p.coin IS NULL THEN 0
                     WHEN p.scale = 1 THEN TRUNC(p.per_mega * HOLDER.hash_power, 8)
                     ELSE TRUNC(TRUNC(p.per_mega * HOLDER.hash_power, 8) * p.scale, 8) END""".replace("HOLDER", holder);
    }

    private static String hashPower(AllocationBasis basis) {
        return switch (basis) {
            case START_OF_DAY -> "s.at_start";
            case TIME_WEIGHTED -> TIME_WEIGHTED;
        };
    }
}
