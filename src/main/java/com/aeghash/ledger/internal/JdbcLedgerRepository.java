package com.aeghash.ledger.internal;

import com.aeghash.common.SqlTimes;
import com.aeghash.ledger.AccountRef;
import com.aeghash.ledger.Asset;
import com.aeghash.ledger.Bucket;
import com.aeghash.ledger.EntryRequest;
import com.aeghash.ledger.InvariantReport;
import com.aeghash.ledger.JournalEntry;
import com.aeghash.ledger.PostingLine;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** The ledger over SQL; identical statements on H2 (PostgreSQL mode) and PostgreSQL. */
@Repository
class JdbcLedgerRepository implements LedgerRepository {

    static final String SYSTEM_BUCKET = "SYSTEM";
    private static final int IN_LIST_MAX = 1000;
    private static final int VIOLATIONS_SHOWN_MAX = 20;

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final LedgerIdAllocator ids;

    JdbcLedgerRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.ids = new LedgerIdAllocator(jdbc);
    }

    @Override
    public Map<AccountRef, Long> findAccountIds(Collection<AccountRef> accounts) {
        Set<AccountRef> wanted = Set.copyOf(accounts);
        List<String> owners = accounts.stream().map(AccountRef::ownerId).distinct().toList();
        Map<AccountRef, Long> found = new HashMap<>();
        for (List<String> slice : slices(owners)) {
            named.query("""
                    SELECT id, owner_type, owner_id, asset, bucket FROM ledger_accounts
                    WHERE owner_id IN (:owners)""", Map.of("owners", slice), row -> {
                AccountRef account = accountOf(row);
                if (wanted.contains(account)) {
                    found.put(account, row.getLong("id"));
                }
            });
        }
        return found;
    }

    @Override
    public void createAccounts(Collection<AccountRef> accounts, Instant now) {
        OffsetDateTime at = SqlTimes.utc(now);
        List<Object[]> rows = accounts.stream()
                .map(account -> new Object[] {ids.next(), account.ownerType().name(), account.ownerId(),
                        account.asset().name(), bucketOf(account), account.isMember() ? BigDecimal.ZERO : null, at})
                .toList();
        jdbc.batchUpdate("""
                INSERT INTO ledger_accounts (id, owner_type, owner_id, asset, bucket, balance, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""", rows);
    }

    @Override
    public Map<String, JournalEntry> findEntries(Collection<String> references) {
        Map<String, EntryRows> rows = new LinkedHashMap<>();
        for (List<String> slice : slices(List.copyOf(references))) {
            named.query("""
                    SELECT e.id, e.reference, e.description, e.created_at, p.amount,
                           a.owner_type, a.owner_id, a.asset, a.bucket
                    FROM ledger_entries e
                    JOIN ledger_postings p ON p.entry_id = e.id
                    JOIN ledger_accounts a ON a.id = p.account_id
                    WHERE e.reference IN (:references)
                    ORDER BY e.id, p.id""", Map.of("references", slice), row -> {
                rows.computeIfAbsent(row.getString("reference"), reference -> EntryRows.of(row))
                        .lines().add(new PostingLine(accountOf(row), row.getBigDecimal("amount")));
            });
        }
        return rows.values().stream().collect(Collectors.toMap(EntryRows::reference, EntryRows::toEntry));
    }

    @Override
    public Map<String, Long> insertEntriesIfAbsent(List<EntryRequest> entries, Instant now) {
        OffsetDateTime at = SqlTimes.utc(now);
        List<Long> entryIds = new ArrayList<>(entries.size());
        List<Object[]> rows = new ArrayList<>(entries.size());
        for (EntryRequest entry : entries) {
            long entryId = ids.next();
            entryIds.add(entryId);
            rows.add(new Object[] {entryId, entry.reference(), entry.description(), at});
        }
        int[] counts = jdbc.batchUpdate("""
                INSERT INTO ledger_entries (id, reference, description, created_at) VALUES (?, ?, ?, ?)
                ON CONFLICT DO NOTHING""", rows);
        Map<String, Long> inserted = new HashMap<>();
        for (int index = 0; index < entries.size(); index++) {
            if (counts[index] == 1) {
                inserted.put(entries.get(index).reference(), entryIds.get(index));
            } else if (counts[index] != 0) {
                throw new IllegalStateException("the JDBC driver did not report per-row insert counts");
            }
        }
        return inserted;
    }

    @Override
    public void insertPostings(List<Posting> postings) {
        List<Object[]> rows = postings.stream()
                .map(posting -> new Object[] {ids.next(), posting.entryId(), posting.accountId(),
                        posting.asset().name(), posting.amount()})
                .toList();
        jdbc.batchUpdate("INSERT INTO ledger_postings (id, entry_id, account_id, asset, amount) VALUES (?, ?, ?, ?, ?)",
                rows);
    }

    @Override
    public List<Long> applyBalanceChanges(SortedMap<Long, BigDecimal> deltas, Instant now) {
        OffsetDateTime at = SqlTimes.utc(now);
        List<Long> accountIds = List.copyOf(deltas.keySet());
        List<Object[]> rows = deltas.entrySet().stream()
                .map(delta -> new Object[] {delta.getValue(), at, delta.getKey(), delta.getValue()})
                .toList();
        int[] counts = jdbc.batchUpdate("""
                UPDATE ledger_accounts SET balance = balance + ?, updated_at = ?
                WHERE id = ? AND owner_type = 'MEMBER' AND balance + ? >= 0""", rows);
        List<Long> refused = new ArrayList<>();
        for (int index = 0; index < counts.length; index++) {
            if (counts[index] == 0) {
                refused.add(accountIds.get(index));
            }
        }
        return refused;
    }

    @Override
    public Map<AccountRef, BigDecimal> memberBalances(String memberId) {
        Map<AccountRef, BigDecimal> balances = new HashMap<>();
        jdbc.query("""
                SELECT owner_type, owner_id, asset, bucket, balance FROM ledger_accounts
                WHERE owner_id = ? AND owner_type = 'MEMBER'""", row -> {
            balances.put(accountOf(row), row.getBigDecimal("balance"));
        }, memberId);
        return balances;
    }

    @Override
    public List<com.aeghash.ledger.MemberHolding> membersHolding(Asset asset, Bucket bucket, String afterMemberId,
            int limit) {
        return jdbc.query("""
                SELECT owner_id, balance FROM ledger_accounts
                WHERE owner_type = 'MEMBER' AND asset = ? AND bucket = ? AND balance > 0 AND owner_id > ?
                ORDER BY owner_id LIMIT ?""",
                (row, index) -> new com.aeghash.ledger.MemberHolding(row.getString("owner_id"),
                        row.getBigDecimal("balance")),
                asset.name(), bucket.name(), afterMemberId == null ? "" : afterMemberId, limit);
    }

    @Override
    public InvariantReport checkInvariants(Instant now) {
        List<String> violations = new ArrayList<>();
        jdbc.query("""
                SELECT asset, SUM(amount) AS total FROM ledger_postings
                GROUP BY asset HAVING SUM(amount) <> 0""", row -> {
            violations.add("postings of " + row.getString("asset") + " sum to " + plain(row, "total"));
        });
        jdbc.query("""
                SELECT entry_id, asset, SUM(amount) AS total FROM ledger_postings
                GROUP BY entry_id, asset HAVING SUM(amount) <> 0 LIMIT ?""", row -> {
            violations.add("entry " + row.getLong("entry_id") + " is unbalanced in " + row.getString("asset"));
        }, VIOLATIONS_SHOWN_MAX);
        jdbc.query("""
                SELECT a.id, a.owner_id, a.asset, a.bucket, a.balance, COALESCE(p.total, 0) AS total
                FROM ledger_accounts a
                LEFT JOIN (SELECT account_id, SUM(amount) AS total FROM ledger_postings GROUP BY account_id) p
                       ON p.account_id = a.id
                WHERE a.owner_type = 'MEMBER' AND a.balance <> COALESCE(p.total, 0) LIMIT ?""", row -> {
            violations.add("cached balance of " + row.getString("owner_id") + "/" + row.getString("asset") + "/"
                    + row.getString("bucket") + " is " + plain(row, "balance") + " but postings sum to "
                    + plain(row, "total"));
        }, VIOLATIONS_SHOWN_MAX);
        jdbc.query("""
                SELECT owner_id, asset, bucket, balance FROM ledger_accounts
                WHERE owner_type = 'MEMBER' AND balance < 0 LIMIT ?""", row -> {
            violations.add("negative balance " + plain(row, "balance") + " in " + row.getString("owner_id") + "/"
                    + row.getString("asset") + "/" + row.getString("bucket"));
        }, VIOLATIONS_SHOWN_MAX);
        Long accounts = jdbc.queryForObject("SELECT COUNT(*) FROM ledger_accounts", Long.class);
        return new InvariantReport(now, violations, accounts == null ? 0 : accounts);
    }

    private static String plain(ResultSet row, String column) throws SQLException {
        return row.getBigDecimal(column).stripTrailingZeros().toPlainString();
    }

    private static String bucketOf(AccountRef account) {
        return account.isMember() ? account.bucket().name() : SYSTEM_BUCKET;
    }

    static AccountRef accountOf(ResultSet row) throws SQLException {
        AccountRef.OwnerType ownerType = AccountRef.OwnerType.valueOf(row.getString("owner_type"));
        String bucket = row.getString("bucket");
        return new AccountRef(ownerType, row.getString("owner_id"), Asset.valueOf(row.getString("asset")),
                ownerType == AccountRef.OwnerType.MEMBER ? Bucket.valueOf(bucket) : null);
    }

    private static <T> List<List<T>> slices(List<T> values) {
        List<List<T>> slices = new ArrayList<>();
        for (int start = 0; start < values.size(); start += IN_LIST_MAX) {
            slices.add(values.subList(start, Math.min(values.size(), start + IN_LIST_MAX)));
        }
        return slices;
    }

    private record EntryRows(long id, String reference, String description, Instant createdAt,
            List<PostingLine> lines) {

        static EntryRows of(ResultSet row) {
            try {
                return new EntryRows(row.getLong("id"), row.getString("reference"), row.getString("description"),
                        SqlTimes.instant(row, "created_at"), new ArrayList<>());
            } catch (SQLException failure) {
                throw new IllegalStateException(failure);
            }
        }

        JournalEntry toEntry() {
            return new JournalEntry(id, reference, description, createdAt, lines, false);
        }
    }
}
