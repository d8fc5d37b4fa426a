-- Set-based seed of :postings postings: :postings / 2 entries of two postings each (a member account and a
-- system account). One entry in 100 goes to the member 'heavy' (three accounts: POINT available and pending, LTC
-- available), the others round-robin over regular members' POINT available accounts (one account per 100 postings).
-- One entry a second from 2024-01-01; member amounts +2, +2, -1, ... so the balance after a member's s-th posting is
-- 2s - 3 floor(s/3). Indexes and the postings' foreign keys are dropped while loading and the indexes rebuilt after
-- (the same definitions as the migrations); the tables are unlogged meanwhile: the reads measured are unchanged.
\set ON_ERROR_STOP on
SET synchronous_commit = off;
SET maintenance_work_mem = '1GB';

ALTER TABLE ledger_postings DROP CONSTRAINT ledger_postings_entry_id_fkey;
ALTER TABLE ledger_postings DROP CONSTRAINT ledger_postings_account_id_fkey;
ALTER TABLE ledger_postings DROP CONSTRAINT ledger_postings_pkey;
ALTER TABLE ledger_entries DROP CONSTRAINT ledger_entries_pkey;
ALTER TABLE ledger_entries DROP CONSTRAINT ledger_entries_reference;
DROP INDEX ledger_postings_by_entry;
DROP INDEX ledger_postings_by_account_time;
ALTER TABLE ledger_postings SET UNLOGGED;
ALTER TABLE ledger_entries SET UNLOGGED;

SELECT (:postings / 2)::bigint AS entries, greatest(1, (:postings / 200))::bigint AS regular \gset

-- accounts: 1-3 the heavy member's, 4 the system account, 5.. the regular members'
INSERT INTO ledger_accounts (id, owner_type, owner_id, asset, bucket, balance, updated_at) VALUES
    (1, 'MEMBER', 'heavy', 'POINT', 'AVAILABLE', 0, now()),
    (2, 'MEMBER', 'heavy', 'POINT', 'PENDING', 0, now()),
    (3, 'MEMBER', 'heavy', 'LTC', 'AVAILABLE', 0, now()),
    (4, 'SYSTEM', 'bonus_expense', 'POINT', 'SYSTEM', NULL, now());
INSERT INTO ledger_accounts (id, owner_type, owner_id, asset, bucket, balance, updated_at)
SELECT 4 + r, 'MEMBER', 'member-' || r, 'POINT', 'AVAILABLE', 0, now() FROM generate_series(1, :regular) r;

-- entries in slices of 5M, each its own statement (progress, bounded temp space)
SELECT 'INSERT INTO ledger_entries (id, reference, description, created_at)
        SELECT i, ''bench:'' || i || '':'' || md5(i::text), NULL, TIMESTAMPTZ ''2024-01-01'' + i * INTERVAL ''1 second''
        FROM generate_series(' || s || ', ' || least(s + 4999999, :entries) || ') i'
FROM generate_series(1, :entries, 5000000) s \gexec

-- member postings (even ids) and system postings (odd ids) of entry i; j numbers the regular entries from 0
SELECT 'INSERT INTO ledger_postings (id, entry_id, account_id, asset, amount, posted_at, account_seq, balance_after)
        SELECT 2 * i, i, m.account, m.asset, CASE WHEN m.seq % 3 = 0 THEN -1 ELSE 2 END,
               TIMESTAMPTZ ''2024-01-01'' + i * INTERVAL ''1 second'', m.seq, 2 * m.seq - 3 * (m.seq / 3)
        FROM generate_series(' || s || ', ' || least(s + 4999999, :entries) || ') i
        CROSS JOIN LATERAL (SELECT CASE WHEN i % 100 = 0 THEN 1 + (i / 100) % 3
                                        ELSE 5 + (i - i / 100 - 1) % ' || :regular || ' END AS account,
                                   CASE WHEN i % 100 = 0 AND (i / 100) % 3 = 2 THEN ''LTC'' ELSE ''POINT'' END AS asset,
                                   CASE WHEN i % 100 = 0 THEN (i / 100) / 3 + 1
                                        ELSE (i - i / 100 - 1) / ' || :regular || ' + 1 END AS seq) m
        UNION ALL
        SELECT 2 * i + 1, i, 4, ''POINT'', 0 - CASE WHEN m.seq % 3 = 0 THEN -1 ELSE 2 END,
               TIMESTAMPTZ ''2024-01-01'' + i * INTERVAL ''1 second'', NULL, NULL
        FROM generate_series(' || s || ', ' || least(s + 4999999, :entries) || ') i
        CROSS JOIN LATERAL (SELECT CASE WHEN i % 100 = 0 THEN (i / 100) / 3 + 1
                                        ELSE (i - i / 100 - 1) / ' || :regular || ' + 1 END AS seq) m'
FROM generate_series(1, :entries, 5000000) s \gexec

UPDATE ledger_accounts a SET balance = p.balance_after, posting_count = p.account_seq, updated_at = p.posted_at
FROM (SELECT DISTINCT ON (account_id) account_id, balance_after, account_seq, posted_at FROM ledger_postings
      WHERE account_seq IS NOT NULL ORDER BY account_id, account_seq DESC) p
WHERE p.account_id = a.id;

\echo 'indexes'
ALTER TABLE ledger_entries ADD CONSTRAINT ledger_entries_pkey PRIMARY KEY (id);
ALTER TABLE ledger_entries ADD CONSTRAINT ledger_entries_reference UNIQUE (reference);
ALTER TABLE ledger_postings ADD CONSTRAINT ledger_postings_pkey PRIMARY KEY (id);
CREATE INDEX ledger_postings_by_entry ON ledger_postings (entry_id);
CREATE INDEX ledger_postings_by_account_time ON ledger_postings (account_id, posted_at, account_seq);
VACUUM ANALYZE ledger_accounts;
VACUUM ANALYZE ledger_entries;
VACUUM ANALYZE ledger_postings;
