package com.aeghash.ledger.internal;

import com.aeghash.common.SqlTimes;
import com.aeghash.ledger.Asset;
import com.aeghash.ledger.Bucket;
import com.aeghash.ledger.HoldingOverTime;
import com.aeghash.ledger.SqlSelect;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Members' holdings over a window in one statement, identical on H2 and PostgreSQL. The bucket's member accounts are
 * walked in member order (index {@code ledger_accounts_by_asset_bucket}); per account, one range of
 * {@code ledger_postings_by_account_time} from the window's start on: the balance at the window's start is the cached
 * balance minus what was posted since (the ledger's invariant: an account's balance is the sum of its postings, the
 * last {@code balance_after}), and only an account with postings since reads the postings inside the window (a second
 * range of the same index). The integral is {@code atStart x window + sum(amount x (to - posted_at))}: each posting
 * changes the balance from its time to the window's end. A member whose balance did not move since the window began
 * (most of them, on a day's run) costs one empty index range and no heap read: the balance at the start used to be the
 * {@code balance_after} of its last posting before the window (one backward step and a heap read per account).
 * {@code OFFSET 0 ROWS} keeps PostgreSQL from folding the derived table into the outer query, which evaluated the
 * sub-selects a second time in the filter.
 */
final class HoldingsOverTimeQuery {

    private static final String SQL = """
            SELECT owner_id, at_start, moved FROM (
                SELECT s.owner_id, s.balance - COALESCE(s.since, 0) AS at_start,
                       CASE WHEN s.since IS NOT NULL THEN
                           (SELECT SUM(p.amount * (CAST(? AS NUMERIC(20, 6)) - EXTRACT(EPOCH FROM p.posted_at)))
                            FROM ledger_postings p
                            WHERE p.account_id = s.id AND p.posted_at >= ? AND p.posted_at < ?)
                       END AS moved
                FROM (
                    SELECT a.id, a.owner_id, a.balance,
                           (SELECT SUM(p.amount) FROM ledger_postings p
                            WHERE p.account_id = a.id AND p.posted_at >= ?) AS since
                    FROM ledger_accounts a
                    WHERE a.owner_type = 'MEMBER' AND a.asset = ? AND a.bucket = ? AND a.owner_id > ? UP_TO
                    ORDER BY a.owner_id OFFSET 0 ROWS
                ) s
                ORDER BY s.owner_id OFFSET 0 ROWS
            ) held
            WHERE held.at_start > 0 OR held.moved IS NOT NULL
            ORDER BY held.owner_id LIMIT ?""";

    private static final String UNBOUNDED = SQL.replace(" UP_TO", "");
    private static final String BOUNDED = SQL.replace("UP_TO", "AND a.owner_id <= ?");
    /** The same members as a derived table (no order, no limit), with the integral computed inside the database. */
    private static final String AS_SELECT = "SELECT h.owner_id, h.at_start,"
            + " h.at_start * CAST(? AS NUMERIC(20, 9)) + COALESCE(h.moved, 0) AS integral FROM ("
            + SQL.replace("\nORDER BY held.owner_id LIMIT ?", "") + ") h";

    private HoldingsOverTimeQuery() {}

    /** Members after {@code afterMemberId} up to {@code upToMemberId} (inclusive; null: no upper bound). */
    static List<HoldingOverTime> run(
            JdbcTemplate jdbc,
            Asset asset,
            Bucket bucket,
            Instant from,
            Instant to,
            String afterMemberId,
            String upToMemberId,
            int limit) {
        BigDecimal windowSeconds = seconds(Duration.between(from, to));
        List<Object> parameters = parameters(asset, bucket, from, to, afterMemberId, upToMemberId);
        parameters.add(limit);
        return jdbc.query(
                upToMemberId == null ? UNBOUNDED : BOUNDED,
                (row, index) -> {
                    BigDecimal atStart = row.getBigDecimal("at_start");
                    BigDecimal moved = row.getBigDecimal("moved");
                    BigDecimal integral = atStart.multiply(windowSeconds).add(moved == null ? BigDecimal.ZERO : moved);
                    return new HoldingOverTime(row.getString("owner_id"), atStart, integral);
                },
                parameters.toArray());
    }

    /** The query of {@link #run} as a derived table: columns {@code owner_id}, {@code at_start}, {@code integral}. */
    static SqlSelect select(
            Asset asset, Bucket bucket, Instant from, Instant to, String afterMemberId, String upToMemberId) {
        List<Object> parameters = new ArrayList<>();
        parameters.add(seconds(Duration.between(from, to)));
        parameters.addAll(parameters(asset, bucket, from, to, afterMemberId, upToMemberId));
        String sql = upToMemberId == null
                ? AS_SELECT.replace(" UP_TO", "")
                : AS_SELECT.replace("UP_TO", "AND a.owner_id <= ?");
        return new SqlSelect(sql, parameters);
    }

    private static List<Object> parameters(
            Asset asset, Bucket bucket, Instant from, Instant to, String afterMemberId, String upToMemberId) {
        List<Object> parameters = new ArrayList<>(List.of(
                epochSeconds(to),
                SqlTimes.utc(from),
                SqlTimes.utc(to),
                SqlTimes.utc(from),
                asset.name(),
                bucket.name(),
                afterMemberId == null ? "" : afterMemberId));
        if (upToMemberId != null) {
            parameters.add(upToMemberId);
        }
        return parameters;
    }

    static BigDecimal epochSeconds(Instant instant) {
        return BigDecimal.valueOf(instant.getEpochSecond()).add(BigDecimal.valueOf(instant.getNano(), 9));
    }

    static BigDecimal seconds(Duration duration) {
        return BigDecimal.valueOf(duration.getSeconds()).add(BigDecimal.valueOf(duration.getNano(), 9));
    }
}
