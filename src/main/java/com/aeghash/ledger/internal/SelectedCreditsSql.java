package com.aeghash.ledger.internal;

/** The staging statement of {@link SelectedCreditsPosting}, around the caller's query of member lines. */
final class SelectedCreditsSql {

    /**
     * Stages the fresh entries' lines of one batch: the member lines as selected and one counter line per entry and
     * asset (minus their sum, computed by the check before: the query is read once here), numbered as they come (the
     * numbers only have to be distinct: no sort), line {@code n} (from 1) taking the posting id
     * {@code postingBlock[(n - 1) / 1000] + (n - 1) % 1000} and reserving the account id
     * {@code accountBlock[(n - 1) / 1000] + (n - 1) % 1000} (used only if its account has to be created), each joined
     * to its account by key (NULL while it does not exist). Parameters: batch, posting block starts, account block
     * starts, member bucket, the query's parameters, counter account, system bucket, the counter lines' references,
     * assets and amounts, fresh references, their entry ids.
     */
    static String stage(String lines) {
        return """
                INSERT INTO ledger_staged_lines
                    (batch_id, posting_id, entry_id, owner_type, owner_id, asset, bucket, amount, account_id,
                     new_account_id)
                SELECT CAST(? AS BIGINT), (CAST(? AS BIGINT ARRAY))[(l.line_no - 1) / %d + 1] + MOD(l.line_no - 1, %d),
                       l.entry_id, l.owner_type, l.owner_id, l.asset, l.bucket, l.amount, a.id,
                       (CAST(? AS BIGINT ARRAY))[(l.line_no - 1) / %d + 1] + MOD(l.line_no - 1, %d)
                FROM (SELECT x.reference, x.owner_type, x.owner_id, x.asset, x.bucket, x.amount, e.entry_id,
                             ROW_NUMBER() OVER () AS line_no
                      FROM (SELECT m.reference, CAST('MEMBER' AS VARCHAR(8)) AS owner_type,
                                   CAST(m.member_id AS VARCHAR(64)) AS owner_id, CAST(m.asset AS VARCHAR(16)) AS asset,
                                   CAST(? AS VARCHAR(16)) AS bucket,
                                   CAST(m.amount AS NUMERIC(38, 18)) AS amount
                            FROM (%s) m
                            UNION ALL
                            SELECT s.reference, CAST('SYSTEM' AS VARCHAR(8)), CAST(? AS VARCHAR(64)), s.asset,
                                   CAST(? AS VARCHAR(16)), s.amount
                            FROM UNNEST(CAST(? AS VARCHAR(200) ARRAY), CAST(? AS VARCHAR(16) ARRAY),
                                        CAST(? AS NUMERIC(38, 18) ARRAY)) AS s (reference, asset, amount)) x
                      JOIN UNNEST(CAST(? AS VARCHAR(200) ARRAY), CAST(? AS BIGINT ARRAY)) AS e (reference, entry_id)
                        ON e.reference = x.reference) l
                LEFT JOIN ledger_accounts a ON a.owner_id = l.owner_id AND a.owner_type = l.owner_type
                     AND a.asset = l.asset AND a.bucket = l.bucket""".formatted(
                        LedgerIdAllocator.BLOCK_SIZE,
                        LedgerIdAllocator.BLOCK_SIZE,
                        LedgerIdAllocator.BLOCK_SIZE,
                        LedgerIdAllocator.BLOCK_SIZE,
                        lines);
    }

    private SelectedCreditsSql() {}
}
