-- Fills in V90's columns for the postings written before it, in one set-based pass: a posting's time is its
-- entry's, its place in its member account the order of (entry time, posting id), its balance after the running sum
-- of the account's postings in that order (which ends at the cached balance: the ledger's invariant). The same
-- statements as the PostgreSQL version, which also lifts that database's append-only trigger around them.
MERGE INTO ledger_postings p
USING (SELECT q.id, e.created_at AS posted_at,
              CASE WHEN a.owner_type = 'MEMBER'
                   THEN ROW_NUMBER() OVER (PARTITION BY q.account_id ORDER BY e.created_at, q.id) END AS account_seq,
              CASE WHEN a.owner_type = 'MEMBER'
                   THEN SUM(q.amount) OVER (PARTITION BY q.account_id ORDER BY e.created_at, q.id
                                            ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) END AS balance_after
       FROM ledger_postings q
       JOIN ledger_entries e ON e.id = q.entry_id
       JOIN ledger_accounts a ON a.id = q.account_id) h
ON p.id = h.id
WHEN MATCHED THEN UPDATE SET posted_at = h.posted_at, account_seq = h.account_seq, balance_after = h.balance_after;

MERGE INTO ledger_accounts a
USING (SELECT account_id, COUNT(*) AS postings FROM ledger_postings GROUP BY account_id) c
ON a.id = c.account_id AND a.owner_type = 'MEMBER'
WHEN MATCHED THEN UPDATE SET posting_count = c.postings;
