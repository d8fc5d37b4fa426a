package com.aeghash.ledger.internal;

/** The statements of {@link StagedPostings}, each over one staged batch ({@code batch_id}). */
final class StagedPostingsSql {

    /**
     * The lines, each with its account looked up by key (NULL while the account does not exist) and an id reserved for
     * the account should it have to be created. The look-up is a sub-select per line, one probe of the accounts'
     * unique key each: as a join, PostgreSQL planned the first executions of a statement (planned with the arrays'
     * real length) as a hash join over a scan of every account, 0.8 to 1.7 s per chunk of 13,000 lines at a million
     * accounts (bench/bonus-closing).
     */
    static final String STAGE = """
            INSERT INTO ledger_staged_lines
                (batch_id, posting_id, entry_id, owner_type, owner_id, asset, bucket, amount, account_id, new_account_id)
            SELECT ?, l.posting_id, l.entry_id, l.owner_type, l.owner_id, l.asset, l.bucket, l.amount,
                   (SELECT a.id FROM ledger_accounts a WHERE a.owner_id = l.owner_id AND a.owner_type = l.owner_type
                        AND a.asset = l.asset AND a.bucket = l.bucket),
                   l.new_account_id
            FROM UNNEST(CAST(? AS BIGINT ARRAY), CAST(? AS BIGINT ARRAY), CAST(? AS VARCHAR(8) ARRAY),
                        CAST(? AS VARCHAR(64) ARRAY), CAST(? AS VARCHAR(16) ARRAY), CAST(? AS VARCHAR(16) ARRAY),
                        CAST(? AS NUMERIC(38, 18) ARRAY), CAST(? AS BIGINT ARRAY))
                 AS l (posting_id, entry_id, owner_type, owner_id, asset, bucket, amount, new_account_id)""";

    /**
     * The accounts of the unresolved lines, each once (the smallest id its lines reserved), as the ledger creates them
     * (a member balance of zero, no balance for a system account); one that exists by now is left as it is. Every way
     * of staging reserves an id per line ({@code new_account_id}), so this is the only way a batch creates accounts.
     */
    static final String CREATE_MISSING_ACCOUNTS = """
            INSERT INTO ledger_accounts (id, owner_type, owner_id, asset, bucket, balance, updated_at)
            SELECT MIN(new_account_id), owner_type, owner_id, asset, bucket,
                   CASE WHEN owner_type = 'MEMBER' THEN 0 END, CAST(? AS TIMESTAMP WITH TIME ZONE)
            FROM ledger_staged_lines
            WHERE batch_id = ? AND account_id IS NULL
            GROUP BY owner_type, owner_id, asset, bucket
            ON CONFLICT DO NOTHING""";

    /**
     * The batch's lines still without an account. When the accounts created for the batch are as many, each such line
     * had an account of its own and got it with the id the line reserved, so no line needs resolving: the statements
     * below take {@link #ACCOUNT} (the line's account, else the id it reserved).
     */
    static final String COUNT_UNRESOLVED =
            "SELECT COUNT(*) FROM ledger_staged_lines WHERE batch_id = ? AND account_id IS NULL";

    /** A staged line's account: the one found when staged or by {@link #RESOLVE_CREATED}, else the one it created. */
    static final String ACCOUNT = "COALESCE(s.account_id, s.new_account_id)";

    static final String RESOLVE_CREATED = """
            UPDATE ledger_staged_lines s SET account_id = (
                SELECT a.id FROM ledger_accounts a
                WHERE a.owner_id = s.owner_id AND a.owner_type = s.owner_type AND a.asset = s.asset
                  AND a.bucket = s.bucket)
            WHERE s.batch_id = ? AND s.account_id IS NULL""";

    /**
     * PostgreSQL: locks the member rows in ascending id order (the ledger's global order: no deadlock with other
     * postings) and counts them; {@code refused} is the posting id of a line that would take its balance below zero,
     * if any. The aggregate reads every locked row, so every row is locked whatever the join order; no row travels.
     */
    static final String LOCK_AND_CHECK = """
            SELECT COUNT(*) AS locked, MIN(CASE WHEN l.balance + s.amount < 0 THEN s.posting_id END) AS refused
            FROM (SELECT id, balance FROM ledger_accounts
                  WHERE id IN (SELECT %1$s FROM ledger_staged_lines s WHERE s.batch_id = ? AND s.owner_type = 'MEMBER')
                    AND owner_type = 'MEMBER'
                  ORDER BY id FOR UPDATE) l
            JOIN ledger_staged_lines s ON %1$s = l.id AND s.batch_id = ?""".formatted(ACCOUNT);

    /**
     * PostgreSQL, a batch of credits (no balance can go below zero): the member rows locked in ascending id order, as
     * {@link #LOCK_AND_CHECK} locks them, and counted (each row once), without joining the lines again.
     */
    static final String LOCK_AND_COUNT = """
            SELECT COUNT(*) FROM (
                SELECT id FROM ledger_accounts
                WHERE id IN (SELECT %s FROM ledger_staged_lines s WHERE s.batch_id = ? AND s.owner_type = 'MEMBER')
                  AND owner_type = 'MEMBER'
                ORDER BY id FOR UPDATE) l""".formatted(ACCOUNT);

    /** Other databases (H2 locks no rows for a locking sub-select): the rows locked in id order at the top level. */
    static final String LOCK = """
            SELECT id FROM ledger_accounts
            WHERE id IN (SELECT %s FROM ledger_staged_lines s WHERE s.batch_id = ? AND s.owner_type = 'MEMBER')
              AND owner_type = 'MEMBER'
            ORDER BY id FOR UPDATE""".formatted(ACCOUNT);

    /** Other databases, once {@link #LOCK} holds the rows: the same two numbers as {@link #LOCK_AND_CHECK}. */
    static final String CHECK = """
            SELECT COUNT(*) AS locked, MIN(CASE WHEN a.balance + s.amount < 0 THEN s.posting_id END) AS refused
            FROM ledger_staged_lines s JOIN ledger_accounts a ON a.id = %s
            WHERE s.batch_id = ? AND s.owner_type = 'MEMBER'""".formatted(ACCOUNT);

    /** Each member row once: its balance, the last place in its history and its time (never before its last change). */
    static final String UPDATE_BALANCES = """
            MERGE INTO ledger_accounts a
            USING (SELECT %s AS account_id, s.amount FROM ledger_staged_lines s
                   WHERE s.batch_id = ? AND s.owner_type = 'MEMBER') s
            ON a.id = s.account_id
            WHEN MATCHED THEN UPDATE SET balance = a.balance + s.amount, posting_count = a.posting_count + 1,
                updated_at = CASE WHEN a.updated_at > CAST(? AS TIMESTAMP WITH TIME ZONE) THEN a.updated_at
                                  ELSE CAST(? AS TIMESTAMP WITH TIME ZONE) END""".formatted(ACCOUNT);

    /** The postings; a member posting from its account's updated row (its place, balance after and time). */
    static final String INSERT_POSTINGS = """
            INSERT INTO ledger_postings (id, entry_id, account_id, asset, amount, posted_at, account_seq, balance_after)
            SELECT s.posting_id, s.entry_id, a.id, s.asset, s.amount,
                   CASE WHEN s.owner_type = 'MEMBER' THEN a.updated_at ELSE CAST(? AS TIMESTAMP WITH TIME ZONE) END,
                   CASE WHEN s.owner_type = 'MEMBER' THEN a.posting_count END,
                   CASE WHEN s.owner_type = 'MEMBER' THEN a.balance END
            FROM ledger_staged_lines s JOIN ledger_accounts a ON a.id = %s
            WHERE s.batch_id = ?""".formatted(ACCOUNT);

    private StagedPostingsSql() {}
}
