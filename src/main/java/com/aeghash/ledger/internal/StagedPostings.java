package com.aeghash.ledger.internal;

import com.aeghash.common.SqlTimes;
import com.aeghash.ledger.AccountRef;
import com.aeghash.ledger.InsufficientBalanceException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The writes of a {@link com.aeghash.ledger.BulkPosting} call inside the database, on H2 (PostgreSQL mode) and
 * PostgreSQL alike: the lines are sent once, as arrays, into {@code ledger_staged_lines} under a batch id (each
 * already resolved to its account by key where the account exists); every later step is a statement over the staged
 * batch: the accounts still missing are created, the member balance rows locked in ascending id order and checked
 * (one statement that returns two numbers), updated by one {@code MERGE}, and the postings inserted from the updated
 * rows (sequence number, balance after and time as {@link PostingHistory} gives them); last the batch is deleted.
 * Requires the caller's transaction, which every step joins; a failure rolls the batch back with it.
 */
@Repository
class StagedPostings {

    /** One line of a new entry to post, with the account it changes. */
    record Line(long entryId, AccountRef account, BigDecimal amount) {}

    private final JdbcTemplate jdbc;
    private final LedgerIdAllocator ids;
    /** PostgreSQL locks the rows of a locking sub-select, so locking and checking is one statement there. */
    private volatile Boolean lockingSubSelects;

    StagedPostings(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.ids = new LedgerIdAllocator(jdbc);
    }

    /**
     * Writes the lines (every member account in at most one of them); the accounts the batch finds missing are created
     * from it. {@code now} is the posting time (microseconds).
     *
     * @throws InsufficientBalanceException when a member balance would go below zero (nothing of the batch is kept
     *     once the transaction rolls back)
     */
    void write(List<Line> lines, Instant now) {
        if (lines.isEmpty()) {
            return;
        }
        long batch = ids.next();
        stage(batch, lines);
        long memberLines =
                lines.stream().filter(line -> line.account().isMember()).count();
        post(batch, memberLines, now);
    }

    /** A new batch id (from the ledger's id blocks). */
    long newBatch() {
        return ids.next();
    }

    /**
     * The ids of {@code count} postings as the starts of whole fresh blocks of {@link LedgerIdAllocator#BLOCK_SIZE}
     * ids: line {@code n} (from 0) of a batch staged by a statement gets {@code starts[n / BLOCK_SIZE] + n % BLOCK_SIZE}.
     */
    List<Long> blockStarts(long count) {
        List<Long> starts = new ArrayList<>();
        for (long covered = 0; covered < count; covered += LedgerIdAllocator.BLOCK_SIZE) {
            starts.add(ids.freshBlock());
        }
        return starts;
    }

    /**
     * Posts a batch already staged (by {@link #write} or by a statement of the caller) with {@code memberLines} member
     * lines: the missing accounts created, the member rows locked and checked, the balances updated, the postings
     * inserted, the batch deleted. Every line is staged with an id reserved for its account ({@code new_account_id}),
     * so a missing account is created inside the database whoever staged the batch.
     */
    void post(long batch, long memberLines, Instant now) {
        post(batch, now, () -> lockAndCheck(batch, memberLines));
    }

    /**
     * As {@link #post}, for a batch whose member lines are all positive (checked by the caller), so no balance can go
     * below zero: the member rows are only locked, in id order, and counted; fewer rows than member lines means a
     * member account appears in more than one line, which is refused.
     *
     * @throws IllegalArgumentException when a member account appears in more than one line (the transaction must roll
     *     back: the batch is staged and its accounts created by then)
     */
    void postCredits(long batch, long memberLines, Instant now) {
        post(batch, now, () -> {
            if (lockedAccounts(batch) != memberLines) {
                throw new IllegalArgumentException("a member account appears in more than one selected credit");
            }
        });
    }

    private void post(long batch, Instant now, Runnable lock) {
        String[] plannerCosts = indexLookUpsCheap();
        createMissingAccounts(batch, now);
        lock.run();
        jdbc.update(StagedPostingsSql.UPDATE_BALANCES, batch, SqlTimes.utc(now), SqlTimes.utc(now));
        jdbc.update(StagedPostingsSql.INSERT_POSTINGS, SqlTimes.utc(now), batch);
        restorePlannerCosts(plannerCosts);
        jdbc.update("DELETE FROM ledger_staged_lines WHERE batch_id = ?", batch);
    }

    /**
     * PostgreSQL: the statements over a staged batch join its lines to {@code ledger_accounts} by id. With the default
     * costs (a page read at random as dear as four read in sequence) PostgreSQL plans a batch of ten thousand lines or
     * more as a scan of every account, hashed or merged against the batch (half a second per statement at a million
     * accounts), instead of one look-up per line in the primary key, which is hot in memory. For these statements only
     * (until {@link #restorePlannerCosts}; a failure rolls the settings back with the transaction) a page read at
     * random costs about as much as one in sequence and no merge join is planned. Returns the settings to restore
     * (null elsewhere).
     */
    private String[] indexLookUpsCheap() {
        if (!lockingSubSelects()) {
            return null;
        }
        return jdbc.queryForObject(
                """
                SELECT current_setting('random_page_cost') AS page_cost, current_setting('enable_mergejoin') AS merge,
                       set_config('random_page_cost', '1.1', true), set_config('enable_mergejoin', 'off', true)""", (row, index) -> new String[] {row.getString("page_cost"), row.getString("merge")});
    }

    private void restorePlannerCosts(String[] previous) {
        if (previous != null) {
            jdbc.queryForObject(
                    "SELECT set_config('random_page_cost', ?, true) || set_config('enable_mergejoin', ?, true)",
                    String.class,
                    previous[0],
                    previous[1]);
        }
    }

    private void stage(long batch, List<Line> lines) {
        List<Long> postingIds = new ArrayList<>(lines.size());
        List<Long> newAccountIds = new ArrayList<>(lines.size());
        lines.forEach(line -> {
            postingIds.add(ids.next());
            newAccountIds.add(ids.next());
        });
        jdbc.update(StagedPostingsSql.STAGE, statement -> {
            statement.setLong(1, batch);
            SqlArrays.bigints(statement, 2, postingIds);
            SqlArrays.bigints(statement, 3, lines.stream().map(Line::entryId).toList());
            SqlArrays.varchars(
                    statement,
                    4,
                    lines.stream()
                            .map(line -> line.account().ownerType().name())
                            .toList());
            SqlArrays.varchars(
                    statement,
                    5,
                    lines.stream().map(line -> line.account().ownerId()).toList());
            SqlArrays.varchars(
                    statement,
                    6,
                    lines.stream().map(line -> line.account().asset().name()).toList());
            SqlArrays.varchars(
                    statement,
                    7,
                    lines.stream()
                            .map(line -> JdbcLedgerRepository.bucketOf(line.account()))
                            .toList());
            SqlArrays.numerics(statement, 8, lines.stream().map(Line::amount).toList());
            SqlArrays.bigints(statement, 9, newAccountIds);
        });
    }

    /**
     * Creates the accounts of the batch's unresolved lines inside the database (each with the smallest id its lines
     * reserved; one a concurrent transaction created meanwhile stays as it is). When it created one account per
     * unresolved line (a chunk's new member accounts), each line's account has the id the line reserved and the lines
     * stay as they are ({@link StagedPostingsSql#ACCOUNT}); otherwise (a new account in several lines, or one created
     * meanwhile) those lines are resolved by key.
     */
    private void createMissingAccounts(long batch, Instant now) {
        int created = jdbc.update(StagedPostingsSql.CREATE_MISSING_ACCOUNTS, SqlTimes.utc(now), batch);
        if (unresolvedLines(batch) == created) {
            return; // none missing, or each missing account created with the id its one line reserved
        }
        jdbc.update(StagedPostingsSql.RESOLVE_CREATED, batch);
        if (unresolvedLines(batch) > 0) {
            throw new IllegalStateException("ledger accounts could not be created");
        }
    }

    private long unresolvedLines(long batch) {
        Long unresolved = jdbc.queryForObject(StagedPostingsSql.COUNT_UNRESOLVED, Long.class, batch);
        return unresolved == null ? 0 : unresolved;
    }

    private boolean lockingSubSelects() {
        if (lockingSubSelects == null) {
            lockingSubSelects = "PostgreSQL".equals(jdbc.execute((ConnectionCallback<String>)
                    connection -> connection.getMetaData().getDatabaseProductName()));
        }
        return lockingSubSelects;
    }

    /** Locks the batch's member rows in id order; how many there are. */
    private long lockedAccounts(long batch) {
        if (lockingSubSelects()) {
            Long locked = jdbc.queryForObject(StagedPostingsSql.LOCK_AND_COUNT, Long.class, batch);
            return locked == null ? 0 : locked;
        }
        return jdbc.queryForList(StagedPostingsSql.LOCK, Long.class, batch).size();
    }

    /** Locks the batch's member rows in id order; refuses the batch if one would go below zero. */
    private void lockAndCheck(long batch, long memberLines) {
        Map<String, Object> locked;
        if (lockingSubSelects()) {
            locked = jdbc.queryForMap(StagedPostingsSql.LOCK_AND_CHECK, batch, batch);
        } else {
            jdbc.query(StagedPostingsSql.LOCK, row -> {}, batch);
            locked = jdbc.queryForMap(StagedPostingsSql.CHECK, batch);
        }
        if (((Number) locked.get("locked")).longValue() != memberLines) {
            throw new IllegalStateException("ledger accounts disappeared while posting");
        }
        Object refused = locked.get("refused");
        if (refused != null) {
            AccountRef account = jdbc.queryForObject(
                    "SELECT owner_type, owner_id, asset, bucket FROM ledger_staged_lines"
                            + " WHERE batch_id = ? AND posting_id = ?",
                    (row, index) -> JdbcLedgerRepository.accountOf(row),
                    batch,
                    ((Number) refused).longValue());
            throw new InsufficientBalanceException(account);
        }
    }
}
