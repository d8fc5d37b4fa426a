package com.aeghash.mining.bench;

import com.aeghash.common.UnitOfWork;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The floor of the daily run (docs: performance.md): the rows one date of the run writes, by plain SQL on one
 * connection, each chunk of members one transaction. Per chunk: the entries (one per 1,000 members), the member
 * and {@code mining_income} postings as one {@code INSERT ... SELECT} (amount {@code trunc(perMega x hash power, 8)}
 * per coin, with the account's next sequence number and balance after), one {@code UPDATE} of the 8 coin balance
 * rows per member, and one {@code UPDATE} of the members' {@code mining_balances}. Hash power is the cached balance:
 * no time weighting, no allocation, no events, nothing through the client; so it is what the database itself costs.
 */
final class DailyRunFloor {

    private static final long ID_BASE = 9_000_000_000_000_000L;
    private static final long IDS_PER_CHUNK = 2_000_000L;
    private static final int MEMBERS_PER_ENTRY = 1_000;

    private final JdbcTemplate jdbc;
    private final UnitOfWork unitOfWork;
    private final int members;
    private final int chunk;

    DailyRunFloor(JdbcTemplate jdbc, ApplicationContext context, int members, int chunk) {
        this.jdbc = jdbc;
        this.unitOfWork = context.getBean(UnitOfWork.class);
        this.members = members;
        this.chunk = chunk;
    }

    /** Writes the floor's rows with the per-MH/s figures the run of {@code date} used; members per second. */
    double run(LocalDate date) {
        Map<String, BigDecimal> rates = new LinkedHashMap<>();
        jdbc.query(
                """
                SELECT t.coin, t.per_mega FROM etl_run_coin_totals t JOIN etl_runs r ON r.id = t.run_id
                WHERE r.run_date = ? ORDER BY t.coin""",
                row -> {
                    rates.put(row.getString("coin"), row.getBigDecimal("per_mega"));
                },
                date);
        String credits = creditsOf(rates);
        String minedColumns = rates.entrySet().stream()
                .map(coin -> {
                    String column = "mined_" + coin.getKey().toLowerCase(Locale.ROOT);
                    return column + " = mb." + column + " + trunc(" + coin.getValue() + " * h.balance, 8)";
                })
                .collect(Collectors.joining(", "));
        long start = System.nanoTime();
        for (int index = 0; index * chunk < members; index++) {
            int first = index * chunk + 1;
            int last = Math.min(members, first + chunk - 1);
            long ids = ID_BASE + index * IDS_PER_CHUNK;
            unitOfWork.inNewTransaction(() -> writeChunk(date, credits, minedColumns, first, last, ids));
        }
        return members / ((System.nanoTime() - start) / 1e9);
    }

    private void writeChunk(LocalDate date, String credits, String minedColumns, int first, int last, long ids) {
        String from = String.format("bench-%08d", first - 1);
        String to = String.format("bench-%08d", last);
        jdbc.update("""
                INSERT INTO ledger_entries (id, reference, description, created_at)
                SELECT ? + s, 'bench-floor:' || ? || ':' || s, 'floor', now() FROM generate_series(?, ?) s""", ids, date.toString(), (first - 1) / MEMBERS_PER_ENTRY, (last - 1) / MEMBERS_PER_ENTRY);
        jdbc.update("WITH credits AS (" + credits + ")" + """
                INSERT INTO ledger_postings (id, entry_id, account_id, asset, amount, posted_at, account_seq, balance_after)
                SELECT ? + 1000 + ROW_NUMBER() OVER (), ? + slice, account_id, asset, amount, now(), posting_count + 1,
                       balance + amount
                FROM credits
                UNION ALL
                SELECT ? + ROW_NUMBER() OVER (), ? + slice, income_id, asset, -SUM(amount), now(), NULL, NULL
                FROM credits GROUP BY slice, asset, income_id""", from, to, ids, ids, ids, ids);
        jdbc.update(
                "UPDATE ledger_accounts a SET balance = a.balance + c.amount, posting_count = a.posting_count + 1,"
                        + " updated_at = now() FROM (" + credits + ") c WHERE a.id = c.account_id",
                from,
                to);
        jdbc.update(
                "UPDATE mining_balances mb SET hash_power = h.balance, " + minedColumns
                        + ", last_credited_date = ?, updated_at = now() FROM ledger_accounts h"
                        + " WHERE h.owner_type = 'MEMBER' AND h.asset = 'HASHPOWER' AND h.bucket = 'AVAILABLE'"
                        + " AND h.owner_id > ? AND h.owner_id <= ? AND mb.member_id = h.owner_id",
                date,
                from,
                to);
    }

    /** Per member of a range (two parameters: after, up to) and coin: its coin account, the amount, its entry. */
    private static String creditsOf(Map<String, BigDecimal> rates) {
        String values = rates.entrySet().stream()
                .map(coin -> "('" + coin.getKey() + "', CAST(" + coin.getValue() + " AS NUMERIC))")
                .collect(Collectors.joining(", "));
        return """
                SELECT a.id AS account_id, a.balance, a.posting_count, r.asset, m.id AS income_id,
                       (CAST(substr(h.owner_id, 7) AS BIGINT) - 1) / 1000 AS slice, trunc(r.per_mega * h.balance, 8) AS amount
                FROM ledger_accounts h
                CROSS JOIN (VALUES VALUES_LIST) AS r (asset, per_mega)
                JOIN ledger_accounts a ON a.owner_id = h.owner_id AND a.owner_type = 'MEMBER' AND a.asset = r.asset
                     AND a.bucket = 'AVAILABLE'
                JOIN ledger_accounts m ON m.owner_id = 'mining_income' AND m.owner_type = 'SYSTEM' AND m.asset = r.asset
                     AND m.bucket = 'SYSTEM'
                WHERE h.owner_type = 'MEMBER' AND h.asset = 'HASHPOWER' AND h.bucket = 'AVAILABLE'
                  AND h.owner_id > ? AND h.owner_id <= ? AND trunc(r.per_mega * h.balance, 8) > 0""".replace("VALUES_LIST", values);
    }
}
