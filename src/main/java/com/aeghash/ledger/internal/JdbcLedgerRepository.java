package com.aeghash.ledger.internal;

import com.aeghash.common.SqlTimes;
import com.aeghash.ledger.AccountRef;
import com.aeghash.ledger.Asset;
import com.aeghash.ledger.Bucket;
import com.aeghash.ledger.EntryRequest;
import com.aeghash.ledger.HoldingOverTime;
import com.aeghash.ledger.InvariantReport;
import com.aeghash.ledger.JournalEntry;
import com.aeghash.ledger.MemberHolding;
import com.aeghash.ledger.PostingLine;
import com.aeghash.ledger.internal.LedgerRepository.AccountState;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
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
        List<String> owners =
                accounts.stream().map(AccountRef::ownerId).distinct().toList();
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
        List<AccountRef> ordered = List.copyOf(accounts);
        List<Long> accountIds = ordered.stream().map(account -> ids.next()).toList();
        jdbc.update("""
                INSERT INTO ledger_accounts (id, owner_type, owner_id, asset, bucket, balance, updated_at)
                SELECT a.id, a.owner_type, a.owner_id, a.asset, a.bucket,
                       CASE WHEN a.owner_type = 'MEMBER' THEN 0 END, CAST(? AS TIMESTAMP WITH TIME ZONE)
                FROM UNNEST(CAST(? AS BIGINT ARRAY), CAST(? AS VARCHAR(8) ARRAY), CAST(? AS VARCHAR(64) ARRAY),
                            CAST(? AS VARCHAR(16) ARRAY), CAST(? AS VARCHAR(16) ARRAY))
                     AS a (id, owner_type, owner_id, asset, bucket)
                ON CONFLICT DO NOTHING""", statement -> {
            statement.setObject(1, SqlTimes.utc(now));
            SqlArrays.bigints(statement, 2, accountIds);
            SqlArrays.varchars(
                    statement,
                    3,
                    ordered.stream().map(account -> account.ownerType().name()).toList());
            SqlArrays.varchars(
                    statement, 4, ordered.stream().map(AccountRef::ownerId).toList());
            SqlArrays.varchars(
                    statement,
                    5,
                    ordered.stream().map(account -> account.asset().name()).toList());
            SqlArrays.varchars(
                    statement,
                    6,
                    ordered.stream().map(JdbcLedgerRepository::bucketOf).toList());
        });
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
                        .lines()
                        .add(new PostingLine(accountOf(row), row.getBigDecimal("amount")));
            });
        }
        return rows.values().stream().collect(Collectors.toMap(EntryRows::reference, EntryRows::toEntry));
    }

    @Override
    public Map<String, Long> insertEntriesIfAbsent(List<EntryRequest> entries, Instant now) {
        List<Long> entryIds = new ArrayList<>(entries.size());
        entries.forEach(entry -> entryIds.add(ids.next()));
        int inserted = jdbc.update("""
                INSERT INTO ledger_entries (id, reference, description, created_at)
                SELECT e.id, e.reference, e.description, CAST(? AS TIMESTAMP WITH TIME ZONE)
                FROM UNNEST(CAST(? AS BIGINT ARRAY), CAST(? AS VARCHAR(200) ARRAY), CAST(? AS VARCHAR(500) ARRAY))
                     AS e (id, reference, description)
                ON CONFLICT DO NOTHING""", statement -> {
            statement.setObject(1, SqlTimes.utc(now));
            SqlArrays.bigints(statement, 2, entryIds);
            SqlArrays.varchars(
                    statement, 3, entries.stream().map(EntryRequest::reference).toList());
            SqlArrays.varchars(
                    statement,
                    4,
                    entries.stream().map(EntryRequest::description).toList());
        });
        Set<Long> written = inserted == entries.size() ? Set.copyOf(entryIds) : existingEntryIds(entryIds);
        Map<String, Long> byReference = new HashMap<>();
        for (int index = 0; index < entries.size(); index++) {
            if (written.contains(entryIds.get(index))) {
                byReference.put(entries.get(index).reference(), entryIds.get(index));
            }
        }
        return byReference;
    }

    /** Which of the freshly allocated entry ids were written (the others' references were taken). */
    private Set<Long> existingEntryIds(List<Long> entryIds) {
        return Set.copyOf(jdbc.query(
                """
                SELECT id FROM ledger_entries WHERE id IN (SELECT * FROM UNNEST(CAST(? AS BIGINT ARRAY)))""", statement -> SqlArrays.bigints(statement, 1, entryIds), (row, index) -> row.getLong("id")));
    }

    @Override
    public void insertPostings(List<Posting> postings) {
        if (postings.isEmpty()) {
            return;
        }
        List<Long> postingIds = new ArrayList<>(postings.size());
        postings.forEach(posting -> postingIds.add(ids.next()));
        jdbc.update("""
                INSERT INTO ledger_postings (id, entry_id, account_id, asset, amount, posted_at, account_seq, balance_after)
                SELECT * FROM UNNEST(CAST(? AS BIGINT ARRAY), CAST(? AS BIGINT ARRAY), CAST(? AS BIGINT ARRAY),
                                     CAST(? AS VARCHAR(16) ARRAY), CAST(? AS NUMERIC(38, 18) ARRAY),
                                     CAST(? AS TIMESTAMP WITH TIME ZONE ARRAY), CAST(? AS BIGINT ARRAY),
                                     CAST(? AS NUMERIC(38, 18) ARRAY))""", statement -> {
            SqlArrays.bigints(statement, 1, postingIds);
            SqlArrays.bigints(
                    statement, 2, postings.stream().map(Posting::entryId).toList());
            SqlArrays.bigints(
                    statement, 3, postings.stream().map(Posting::accountId).toList());
            SqlArrays.varchars(
                    statement,
                    4,
                    postings.stream().map(posting -> posting.asset().name()).toList());
            SqlArrays.numerics(
                    statement, 5, postings.stream().map(Posting::amount).toList());
            SqlArrays.instants(
                    statement, 6, postings.stream().map(Posting::postedAt).toList());
            SqlArrays.bigints(
                    statement, 7, postings.stream().map(Posting::accountSeq).toList());
            SqlArrays.numerics(
                    statement, 8, postings.stream().map(Posting::balanceAfter).toList());
        });
    }

    @Override
    public SortedMap<Long, AccountState> lockMemberAccounts(List<Long> accountIds) {
        SortedMap<Long, AccountState> accounts = new TreeMap<>();
        jdbc.query("""
                SELECT id, balance, posting_count, updated_at FROM ledger_accounts
                WHERE id IN (SELECT * FROM UNNEST(CAST(? AS BIGINT ARRAY))) AND owner_type = 'MEMBER'
                ORDER BY id FOR UPDATE""", statement -> SqlArrays.bigints(statement, 1, accountIds), row -> {
            accounts.put(
                    row.getLong("id"),
                    new AccountState(
                            row.getBigDecimal("balance"),
                            row.getLong("posting_count"),
                            SqlTimes.instant(row, "updated_at")));
        });
        return accounts;
    }

    @Override
    public void storeAccounts(SortedMap<Long, AccountState> accounts) {
        jdbc.update("""
                MERGE INTO ledger_accounts a
                USING (SELECT * FROM UNNEST(CAST(? AS BIGINT ARRAY), CAST(? AS NUMERIC(38, 18) ARRAY),
                                            CAST(? AS BIGINT ARRAY), CAST(? AS TIMESTAMP WITH TIME ZONE ARRAY)))
                      AS b (id, balance, posting_count, updated_at)
                ON a.id = b.id
                WHEN MATCHED THEN UPDATE SET balance = b.balance, posting_count = b.posting_count,
                                             updated_at = b.updated_at""", statement -> {
            SqlArrays.bigints(statement, 1, accounts.keySet());
            SqlArrays.numerics(
                    statement,
                    2,
                    accounts.values().stream().map(AccountState::balance).toList());
            SqlArrays.bigints(
                    statement,
                    3,
                    accounts.values().stream().map(AccountState::postingCount).toList());
            SqlArrays.instants(
                    statement,
                    4,
                    accounts.values().stream().map(AccountState::updatedAt).toList());
        });
    }

    @Override
    public Map<AccountRef, BigDecimal> memberBalances(String memberId) {
        Map<AccountRef, BigDecimal> balances = new HashMap<>();
        jdbc.query(
                """
                SELECT owner_type, owner_id, asset, bucket, balance FROM ledger_accounts
                WHERE owner_id = ? AND owner_type = 'MEMBER'""",
                row -> {
                    balances.put(accountOf(row), row.getBigDecimal("balance"));
                },
                memberId);
        return balances;
    }

    @Override
    public Map<String, BigDecimal> bucketBalances(
            Asset asset, Bucket bucket, Collection<String> memberIds, boolean lock) {
        Map<String, BigDecimal> balances = new HashMap<>();
        jdbc.query(
                """
                SELECT owner_id, balance FROM ledger_accounts
                WHERE owner_id IN (SELECT * FROM UNNEST(CAST(? AS VARCHAR ARRAY))) AND owner_type = 'MEMBER'
                    AND asset = ? AND bucket = ? ORDER BY id""" + (lock ? " FOR UPDATE" : ""),
                statement -> {
                    SqlArrays.varchars(statement, 1, List.copyOf(new TreeSet<>(memberIds)));
                    statement.setString(2, asset.name());
                    statement.setString(3, bucket.name());
                },
                row -> {
                    BigDecimal balance = row.getBigDecimal("balance");
                    if (balance.signum() > 0) {
                        balances.put(row.getString("owner_id"), balance);
                    }
                });
        return balances;
    }

    @Override
    public List<MemberHolding> membersHolding(Asset asset, Bucket bucket, String afterMemberId, int limit) {
        return jdbc.query(
                """
                SELECT owner_id, balance FROM ledger_accounts
                WHERE owner_type = 'MEMBER' AND asset = ? AND bucket = ? AND balance > 0 AND owner_id > ?
                ORDER BY owner_id LIMIT ?""",
                (row, index) -> new MemberHolding(row.getString("owner_id"), row.getBigDecimal("balance")),
                asset.name(),
                bucket.name(),
                afterMemberId == null ? "" : afterMemberId,
                limit);
    }

    @Override
    public List<HoldingOverTime> membersHoldingDuring(
            Asset asset,
            Bucket bucket,
            Instant from,
            Instant to,
            String afterMemberId,
            String upToMemberId,
            int limit) {
        return HoldingsOverTimeQuery.run(jdbc, asset, bucket, from, to, afterMemberId, upToMemberId, limit);
    }

    @Override
    public InvariantReport checkInvariants(Instant now) {
        List<String> violations = new ArrayList<>();
        jdbc.query("""
                SELECT asset, SUM(amount) AS total FROM ledger_postings
                GROUP BY asset HAVING SUM(amount) <> 0""", row -> {
            violations.add("postings of " + row.getString("asset") + " sum to " + plain(row, "total"));
        });
        jdbc.query(
                """
                SELECT entry_id, asset, SUM(amount) AS total FROM ledger_postings
                GROUP BY entry_id, asset HAVING SUM(amount) <> 0 LIMIT ?""",
                row -> {
                    violations.add("entry " + row.getLong("entry_id") + " is unbalanced in " + row.getString("asset"));
                },
                VIOLATIONS_SHOWN_MAX);
        jdbc.query(
                """
                SELECT a.id, a.owner_id, a.asset, a.bucket, a.balance, COALESCE(p.total, 0) AS total
                FROM ledger_accounts a
                LEFT JOIN (SELECT account_id, SUM(amount) AS total FROM ledger_postings GROUP BY account_id) p
                       ON p.account_id = a.id
                WHERE a.owner_type = 'MEMBER' AND a.balance <> COALESCE(p.total, 0) LIMIT ?""",
                row -> {
                    violations.add("cached balance of " + row.getString("owner_id") + "/" + row.getString("asset") + "/"
                            + row.getString("bucket") + " is " + plain(row, "balance") + " but postings sum to "
                            + plain(row, "total"));
                },
                VIOLATIONS_SHOWN_MAX);
        jdbc.query(
                """
                SELECT owner_id, asset, bucket, balance FROM ledger_accounts
                WHERE owner_type = 'MEMBER' AND balance < 0 LIMIT ?""",
                row -> {
                    violations.add("negative balance " + plain(row, "balance") + " in " + row.getString("owner_id")
                            + "/" + row.getString("asset") + "/" + row.getString("bucket"));
                },
                VIOLATIONS_SHOWN_MAX);
        Long accounts = jdbc.queryForObject("SELECT COUNT(*) FROM ledger_accounts", Long.class);
        return new InvariantReport(now, violations, accounts == null ? 0 : accounts);
    }

    private static String plain(ResultSet row, String column) throws SQLException {
        return row.getBigDecimal(column).stripTrailingZeros().toPlainString();
    }

    static String bucketOf(AccountRef account) {
        return account.isMember() ? account.bucket().name() : SYSTEM_BUCKET;
    }

    static AccountRef accountOf(ResultSet row) throws SQLException {
        AccountRef.OwnerType ownerType = AccountRef.OwnerType.valueOf(row.getString("owner_type"));
        String bucket = row.getString("bucket");
        return new AccountRef(
                ownerType,
                row.getString("owner_id"),
                Asset.valueOf(row.getString("asset")),
                ownerType == AccountRef.OwnerType.MEMBER ? Bucket.valueOf(bucket) : null);
    }

    private static <T> List<List<T>> slices(List<T> values) {
        List<List<T>> slices = new ArrayList<>();
        for (int start = 0; start < values.size(); start += IN_LIST_MAX) {
            slices.add(values.subList(start, Math.min(values.size(), start + IN_LIST_MAX)));
        }
        return slices;
    }

    private record EntryRows(
            long id, String reference, String description, Instant createdAt, List<PostingLine> lines) {

        static EntryRows of(ResultSet row) {
            try {
                return new EntryRows(
                        row.getLong("id"),
                        row.getString("reference"),
                        row.getString("description"),
                        SqlTimes.instant(row, "created_at"),
                        new ArrayList<>());
            } catch (SQLException failure) {
                throw new IllegalStateException(failure);
            }
        }

        JournalEntry toEntry() {
            return new JournalEntry(id, reference, description, createdAt, lines, false);
        }
    }
}
