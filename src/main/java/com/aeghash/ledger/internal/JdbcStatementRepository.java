package com.aeghash.ledger.internal;

import com.aeghash.common.SqlTimes;
import com.aeghash.ledger.AccountRef;
import com.aeghash.ledger.Asset;
import com.aeghash.ledger.Bucket;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Statements over SQL, identical on H2 and PostgreSQL. A page reads each account's newest postings below its bound
 * from the index {@code ledger_postings_by_account_time} (one branch per account, each a short backward index
 * range scan of at most {@code limit} rows) and merges them: the cost depends on the page size and the member's
 * number of accounts (at most 30), never on how long the history is or how deep the page.
 */
@Repository
class JdbcStatementRepository implements StatementRepository {

    private static final String BRANCH = """
            (SELECT account_id, account_seq, posted_at, amount, balance_after, entry_id FROM ledger_postings
             WHERE account_id = ? AND (posted_at, account_seq) < (?, ?) AND posted_at >= ? AND posted_at < ?
             ORDER BY posted_at DESC, account_seq DESC LIMIT ?)""";
    private static final String COUNT_BRANCH = """
            (SELECT 1 AS one FROM ledger_postings
             WHERE account_id = ? AND posted_at >= ? AND posted_at < ? LIMIT ?)""";

    private final JdbcTemplate jdbc;

    JdbcStatementRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<Long, AccountRef> memberAccounts(String memberId, Asset asset, Bucket bucket) {
        List<Object> arguments = new ArrayList<>(List.of(memberId));
        StringBuilder sql = new StringBuilder("""
                SELECT id, owner_type, owner_id, asset, bucket FROM ledger_accounts
                WHERE owner_id = ? AND owner_type = 'MEMBER'""");
        if (asset != null) {
            sql.append(" AND asset = ?");
            arguments.add(asset.name());
        }
        if (bucket != null) {
            sql.append(" AND bucket = ?");
            arguments.add(bucket.name());
        }
        Map<Long, AccountRef> accounts = new LinkedHashMap<>();
        jdbc.query(
                sql + " ORDER BY id",
                row -> {
                    accounts.put(row.getLong("id"), JdbcLedgerRepository.accountOf(row));
                },
                arguments.toArray());
        return accounts;
    }

    @Override
    public List<Row> postings(
            Map<Long, AccountRef> accounts, Instant from, Instant to, StatementCursor after, int limit) {
        if (accounts.isEmpty()) {
            return List.of();
        }
        StringJoiner branches = new StringJoiner("\nUNION ALL\n");
        accounts.keySet().forEach(id -> branches.add(BRANCH));
        String sql = "SELECT s.account_id, s.account_seq, s.posted_at, s.amount, s.balance_after, e.id AS entry_id,"
                + " e.reference, e.description\nFROM (" + branches + ") s\nJOIN ledger_entries e ON e.id = s.entry_id\n"
                + "ORDER BY s.posted_at DESC, s.account_id DESC, s.account_seq DESC LIMIT ?";
        return jdbc.query(
                sql,
                statement -> {
                    int index = 1;
                    for (long account : accounts.keySet()) {
                        StatementCursor.Bound bound =
                                after == null ? new StatementCursor.Bound(to, 0) : after.boundFor(account);
                        statement.setLong(index++, account);
                        statement.setObject(index++, SqlTimes.utc(bound.postedAt()));
                        statement.setLong(index++, bound.accountSeq());
                        index = setRange(statement, index, from, to);
                        statement.setInt(index++, limit);
                    }
                    statement.setInt(index, limit);
                },
                (row, number) -> {
                    long accountId = row.getLong("account_id");
                    return new Row(
                            row.getLong("entry_id"),
                            row.getString("reference"),
                            row.getString("description"),
                            accounts.get(accountId),
                            accountId,
                            row.getLong("account_seq"),
                            row.getBigDecimal("amount"),
                            row.getBigDecimal("balance_after"),
                            SqlTimes.instant(row, "posted_at"));
                });
    }

    @Override
    public long countUpTo(Iterable<Long> accountIds, Instant from, Instant to, long max) {
        List<Long> ids = new ArrayList<>();
        accountIds.forEach(ids::add);
        if (ids.isEmpty()) {
            return 0;
        }
        StringJoiner branches = new StringJoiner("\nUNION ALL\n");
        ids.forEach(id -> branches.add(COUNT_BRANCH));
        Long count = jdbc.query(
                "SELECT COUNT(*) AS postings FROM (" + branches + ") s",
                statement -> {
                    int index = 1;
                    for (long account : ids) {
                        statement.setLong(index++, account);
                        index = setRange(statement, index, from, to);
                        statement.setLong(index++, max);
                    }
                },
                result -> result.next() ? result.getLong("postings") : 0L);
        return Math.min(count == null ? 0 : count, max);
    }

    @Override
    public Map<AccountRef, BigDecimal> balancesAt(String memberId, Instant at) {
        Map<AccountRef, BigDecimal> balances = new HashMap<>();
        jdbc.query(
                """
                SELECT a.owner_type, a.owner_id, a.asset, a.bucket,
                       (SELECT p.balance_after FROM ledger_postings p
                        WHERE p.account_id = a.id AND p.posted_at <= ?
                        ORDER BY p.posted_at DESC, p.account_seq DESC LIMIT 1) AS balance
                FROM ledger_accounts a
                WHERE a.owner_id = ? AND a.owner_type = 'MEMBER'""",
                row -> {
                    BigDecimal balance = row.getBigDecimal("balance");
                    if (balance != null) {
                        balances.put(JdbcLedgerRepository.accountOf(row), balance);
                    }
                },
                SqlTimes.utc(at),
                memberId);
        return balances;
    }

    private static int setRange(PreparedStatement statement, int start, Instant from, Instant to) throws SQLException {
        statement.setObject(start, SqlTimes.utc(from));
        statement.setObject(start + 1, SqlTimes.utc(to));
        return start + 2;
    }
}
