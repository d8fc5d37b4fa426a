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
     * Writes the lines (every member account in at most one of them); {@code createAccounts} creates the accounts the
     * batch found missing. {@code now} is the posting time (microseconds).
     *
     * @throws InsufficientBalanceException when a member balance would go below zero (nothing of the batch is kept
     *     once the transaction rolls back)
     */
    void write(List<Line> lines, Instant now, AccountCreator createAccounts) {
        if (lines.isEmpty()) {
            return;
        }
        long batch = ids.next();
        stage(batch, lines);
        long memberLines =
                lines.stream().filter(line -> line.account().isMember()).count();
        post(batch, memberLines, now, createAccounts);
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
     * inserted, the batch deleted.
     */
    void post(long batch, long memberLines, Instant now, AccountCreator createAccounts) {
        List<AccountRef> missing = missingAccounts(batch);
        if (!missing.isEmpty()) {
            createAccounts.create(missing, now);
            resolveCreated(batch);
        }
        lockAndCheck(batch, memberLines);
        jdbc.update(StagedPostingsSql.UPDATE_BALANCES, batch, SqlTimes.utc(now), SqlTimes.utc(now));
        jdbc.update(StagedPostingsSql.INSERT_POSTINGS, SqlTimes.utc(now), batch);
        jdbc.update("DELETE FROM ledger_staged_lines WHERE batch_id = ?", batch);
    }

    /** Creates accounts that do not exist yet (the ledger's own way, ids from its blocks). */
    @FunctionalInterface
    interface AccountCreator {
        void create(List<AccountRef> accounts, Instant now);
    }

    private void stage(long batch, List<Line> lines) {
        List<Long> postingIds = new ArrayList<>(lines.size());
        lines.forEach(line -> postingIds.add(ids.next()));
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
        });
    }

    private List<AccountRef> missingAccounts(long batch) {
        return jdbc.query(
                "SELECT DISTINCT owner_type, owner_id, asset, bucket FROM ledger_staged_lines"
                        + " WHERE batch_id = ? AND account_id IS NULL",
                (row, index) -> JdbcLedgerRepository.accountOf(row),
                batch);
    }

    private void resolveCreated(long batch) {
        jdbc.update(StagedPostingsSql.RESOLVE_CREATED, batch);
        Long unresolved = jdbc.queryForObject(
                "SELECT COUNT(*) FROM ledger_staged_lines WHERE batch_id = ? AND account_id IS NULL",
                Long.class,
                batch);
        if (unresolved == null || unresolved > 0) {
            throw new IllegalStateException("ledger accounts could not be created");
        }
    }

    private boolean lockingSubSelects() {
        if (lockingSubSelects == null) {
            lockingSubSelects = "PostgreSQL".equals(jdbc.execute((ConnectionCallback<String>)
                    connection -> connection.getMetaData().getDatabaseProductName()));
        }
        return lockingSubSelects;
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
