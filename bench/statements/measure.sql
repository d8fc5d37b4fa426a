-- The statement page query of JdbcStatementRepository.postings for the heavy member's three accounts (ids 1-3), as
-- the JDBC driver sends it: one prepared statement, parameters per branch (account, bound time, bound sequence,
-- from, to, limit) and the page's limit; 50 lines a page (limit + 1 = 51 to know whether a next page exists).
\set ON_ERROR_STOP on
\pset pager off
PREPARE page(bigint, timestamptz, bigint, timestamptz, timestamptz, int, bigint, timestamptz, bigint, timestamptz, timestamptz, int, bigint, timestamptz, bigint, timestamptz, timestamptz, int, int) AS
SELECT s.account_id, s.account_seq, s.posted_at, s.amount, s.balance_after, e.id AS entry_id, e.reference, e.description
FROM ((SELECT account_id, account_seq, posted_at, amount, balance_after, entry_id FROM ledger_postings
             WHERE account_id = $1 AND (posted_at, account_seq) < ($2, $3) AND posted_at >= $4 AND posted_at < $5
             ORDER BY posted_at DESC, account_seq DESC LIMIT $6)
UNION ALL
(SELECT account_id, account_seq, posted_at, amount, balance_after, entry_id FROM ledger_postings
             WHERE account_id = $7 AND (posted_at, account_seq) < ($8, $9) AND posted_at >= $10 AND posted_at < $11
             ORDER BY posted_at DESC, account_seq DESC LIMIT $12)
UNION ALL
(SELECT account_id, account_seq, posted_at, amount, balance_after, entry_id FROM ledger_postings
             WHERE account_id = $13 AND (posted_at, account_seq) < ($14, $15) AND posted_at >= $16 AND posted_at < $17
             ORDER BY posted_at DESC, account_seq DESC LIMIT $18)) s
JOIN ledger_entries e ON e.id = s.entry_id
ORDER BY s.posted_at DESC, s.account_id DESC, s.account_seq DESC LIMIT $19;

PREPARE balance_at(timestamptz, varchar) AS
SELECT a.owner_type, a.owner_id, a.asset, a.bucket,
       (SELECT p.balance_after FROM ledger_postings p
        WHERE p.account_id = a.id AND p.posted_at <= $1
        ORDER BY p.posted_at DESC, p.account_seq DESC LIMIT 1) AS balance
FROM ledger_accounts a
WHERE a.owner_id = $2 AND a.owner_type = 'MEMBER';

-- the deep page: after 90 % of the heavy member's history was paged through (the cursor of its POINT available
-- account at a tenth of its postings, counted from the oldest)
SELECT posted_at AS deep_t, account_seq AS deep_s FROM ledger_postings
WHERE account_id = 1 AND account_seq = (SELECT greatest(1, posting_count / 10) FROM ledger_accounts WHERE id = 1) \gset
\echo deep cursor: :deep_t :deep_s
SELECT posted_at AS middle_t FROM ledger_postings
WHERE account_id = 1 AND account_seq = (SELECT greatest(1, posting_count / 2) FROM ledger_accounts WHERE id = 1) \gset

\echo '=== first page (plan, then 10 timed runs)'
EXPLAIN (ANALYZE, BUFFERS) EXECUTE page(1, TIMESTAMPTZ '10000-01-01Z', 0, TIMESTAMPTZ '1970-01-01Z', TIMESTAMPTZ '10000-01-01Z', 51, 2, TIMESTAMPTZ '10000-01-01Z', 0, TIMESTAMPTZ '1970-01-01Z', TIMESTAMPTZ '10000-01-01Z', 51, 3, TIMESTAMPTZ '10000-01-01Z', 0, TIMESTAMPTZ '1970-01-01Z', TIMESTAMPTZ '10000-01-01Z', 51, 51);
\timing on
EXECUTE page(1, TIMESTAMPTZ '10000-01-01Z', 0, TIMESTAMPTZ '1970-01-01Z', TIMESTAMPTZ '10000-01-01Z', 51, 2, TIMESTAMPTZ '10000-01-01Z', 0, TIMESTAMPTZ '1970-01-01Z', TIMESTAMPTZ '10000-01-01Z', 51, 3, TIMESTAMPTZ '10000-01-01Z', 0, TIMESTAMPTZ '1970-01-01Z', TIMESTAMPTZ '10000-01-01Z', 51, 51) \g /dev/null
EXECUTE page(1, TIMESTAMPTZ '10000-01-01Z', 0, TIMESTAMPTZ '1970-01-01Z', TIMESTAMPTZ '10000-01-01Z', 51, 2, TIMESTAMPTZ '10000-01-01Z', 0, TIMESTAMPTZ '1970-01-01Z', TIMESTAMPTZ '10000-01-01Z', 51, 3, TIMESTAMPTZ '10000-01-01Z', 0, TIMESTAMPTZ '1970-01-01Z', TIMESTAMPTZ '10000-01-01Z', 51, 51) \g /dev/null
EXECUTE page(1, TIMESTAMPTZ '10000-01-01Z', 0, TIMESTAMPTZ '1970-01-01Z', TIMESTAMPTZ '10000-01-01Z', 51, 2, TIMESTAMPTZ '10000-01-01Z', 0, TIMESTAMPTZ '1970-01-01Z', TIMESTAMPTZ '10000-01-01Z', 51, 3, TIMESTAMPTZ '10000-01-01Z', 0, TIMESTAMPTZ '1970-01-01Z', TIMESTAMPTZ '10000-01-01Z', 51, 51) \g /dev/null
EXECUTE page(1, TIMESTAMPTZ '10000-01-01Z', 0, TIMESTAMPTZ '1970-01-01Z', TIMESTAMPTZ '10000-01-01Z', 51, 2, TIMESTAMPTZ '10000-01-01Z', 0, TIMESTAMPTZ '1970-01-01Z', TIMESTAMPTZ '10000-01-01Z', 51, 3, TIMESTAMPTZ '10000-01-01Z', 0, TIMESTAMPTZ '1970-01-01Z', TIMESTAMPTZ '10000-01-01Z', 51, 51) \g /dev/null
EXECUTE page(1, TIMESTAMPTZ '10000-01-01Z', 0, TIMESTAMPTZ '1970-01-01Z', TIMESTAMPTZ '10000-01-01Z', 51, 2, TIMESTAMPTZ '10000-01-01Z', 0, TIMESTAMPTZ '1970-01-01Z', TIMESTAMPTZ '10000-01-01Z', 51, 3, TIMESTAMPTZ '10000-01-01Z', 0, TIMESTAMPTZ '1970-01-01Z', TIMESTAMPTZ '10000-01-01Z', 51, 51) \g /dev/null
EXECUTE page(1, TIMESTAMPTZ '10000-01-01Z', 0, TIMESTAMPTZ '1970-01-01Z', TIMESTAMPTZ '10000-01-01Z', 51, 2, TIMESTAMPTZ '10000-01-01Z', 0, TIMESTAMPTZ '1970-01-01Z', TIMESTAMPTZ '10000-01-01Z', 51, 3, TIMESTAMPTZ '10000-01-01Z', 0, TIMESTAMPTZ '1970-01-01Z', TIMESTAMPTZ '10000-01-01Z', 51, 51) \g /dev/null
EXECUTE page(1, TIMESTAMPTZ '10000-01-01Z', 0, TIMESTAMPTZ '1970-01-01Z', TIMESTAMPTZ '10000-01-01Z', 51, 2, TIMESTAMPTZ '10000-01-01Z', 0, TIMESTAMPTZ '1970-01-01Z', TIMESTAMPTZ '10000-01-01Z', 51, 3, TIMESTAMPTZ '10000-01-01Z', 0, TIMESTAMPTZ '1970-01-01Z', TIMESTAMPTZ '10000-01-01Z', 51, 51) \g /dev/null
EXECUTE page(1, TIMESTAMPTZ '10000-01-01Z', 0, TIMESTAMPTZ '1970-01-01Z', TIMESTAMPTZ '10000-01-01Z', 51, 2, TIMESTAMPTZ '10000-01-01Z', 0, TIMESTAMPTZ '1970-01-01Z', TIMESTAMPTZ '10000-01-01Z', 51, 3, TIMESTAMPTZ '10000-01-01Z', 0, TIMESTAMPTZ '1970-01-01Z', TIMESTAMPTZ '10000-01-01Z', 51, 51) \g /dev/null
EXECUTE page(1, TIMESTAMPTZ '10000-01-01Z', 0, TIMESTAMPTZ '1970-01-01Z', TIMESTAMPTZ '10000-01-01Z', 51, 2, TIMESTAMPTZ '10000-01-01Z', 0, TIMESTAMPTZ '1970-01-01Z', TIMESTAMPTZ '10000-01-01Z', 51, 3, TIMESTAMPTZ '10000-01-01Z', 0, TIMESTAMPTZ '1970-01-01Z', TIMESTAMPTZ '10000-01-01Z', 51, 51) \g /dev/null
EXECUTE page(1, TIMESTAMPTZ '10000-01-01Z', 0, TIMESTAMPTZ '1970-01-01Z', TIMESTAMPTZ '10000-01-01Z', 51, 2, TIMESTAMPTZ '10000-01-01Z', 0, TIMESTAMPTZ '1970-01-01Z', TIMESTAMPTZ '10000-01-01Z', 51, 3, TIMESTAMPTZ '10000-01-01Z', 0, TIMESTAMPTZ '1970-01-01Z', TIMESTAMPTZ '10000-01-01Z', 51, 51) \g /dev/null
\timing off
\echo '=== deep page (plan, then 10 timed runs)'
EXPLAIN (ANALYZE, BUFFERS) EXECUTE page(1, :'deep_t', :deep_s, TIMESTAMPTZ '1970-01-01Z', TIMESTAMPTZ '10000-01-01Z', 51, 2, :'deep_t', 0, TIMESTAMPTZ '1970-01-01Z', TIMESTAMPTZ '10000-01-01Z', 51, 3, :'deep_t', 0, TIMESTAMPTZ '1970-01-01Z', TIMESTAMPTZ '10000-01-01Z', 51, 51);
\timing on
EXECUTE page(1, :'deep_t', :deep_s, TIMESTAMPTZ '1970-01-01Z', TIMESTAMPTZ '10000-01-01Z', 51, 2, :'deep_t', 0, TIMESTAMPTZ '1970-01-01Z', TIMESTAMPTZ '10000-01-01Z', 51, 3, :'deep_t', 0, TIMESTAMPTZ '1970-01-01Z', TIMESTAMPTZ '10000-01-01Z', 51, 51) \g /dev/null
EXECUTE page(1, :'deep_t', :deep_s, TIMESTAMPTZ '1970-01-01Z', TIMESTAMPTZ '10000-01-01Z', 51, 2, :'deep_t', 0, TIMESTAMPTZ '1970-01-01Z', TIMESTAMPTZ '10000-01-01Z', 51, 3, :'deep_t', 0, TIMESTAMPTZ '1970-01-01Z', TIMESTAMPTZ '10000-01-01Z', 51, 51) \g /dev/null
EXECUTE page(1, :'deep_t', :deep_s, TIMESTAMPTZ '1970-01-01Z', TIMESTAMPTZ '10000-01-01Z', 51, 2, :'deep_t', 0, TIMESTAMPTZ '1970-01-01Z', TIMESTAMPTZ '10000-01-01Z', 51, 3, :'deep_t', 0, TIMESTAMPTZ '1970-01-01Z', TIMESTAMPTZ '10000-01-01Z', 51, 51) \g /dev/null
EXECUTE page(1, :'deep_t', :deep_s, TIMESTAMPTZ '1970-01-01Z', TIMESTAMPTZ '10000-01-01Z', 51, 2, :'deep_t', 0, TIMESTAMPTZ '1970-01-01Z', TIMESTAMPTZ '10000-01-01Z', 51, 3, :'deep_t', 0, TIMESTAMPTZ '1970-01-01Z', TIMESTAMPTZ '10000-01-01Z', 51, 51) \g /dev/null
EXECUTE page(1, :'deep_t', :deep_s, TIMESTAMPTZ '1970-01-01Z', TIMESTAMPTZ '10000-01-01Z', 51, 2, :'deep_t', 0, TIMESTAMPTZ '1970-01-01Z', TIMESTAMPTZ '10000-01-01Z', 51, 3, :'deep_t', 0, TIMESTAMPTZ '1970-01-01Z', TIMESTAMPTZ '10000-01-01Z', 51, 51) \g /dev/null
EXECUTE page(1, :'deep_t', :deep_s, TIMESTAMPTZ '1970-01-01Z', TIMESTAMPTZ '10000-01-01Z', 51, 2, :'deep_t', 0, TIMESTAMPTZ '1970-01-01Z', TIMESTAMPTZ '10000-01-01Z', 51, 3, :'deep_t', 0, TIMESTAMPTZ '1970-01-01Z', TIMESTAMPTZ '10000-01-01Z', 51, 51) \g /dev/null
EXECUTE page(1, :'deep_t', :deep_s, TIMESTAMPTZ '1970-01-01Z', TIMESTAMPTZ '10000-01-01Z', 51, 2, :'deep_t', 0, TIMESTAMPTZ '1970-01-01Z', TIMESTAMPTZ '10000-01-01Z', 51, 3, :'deep_t', 0, TIMESTAMPTZ '1970-01-01Z', TIMESTAMPTZ '10000-01-01Z', 51, 51) \g /dev/null
EXECUTE page(1, :'deep_t', :deep_s, TIMESTAMPTZ '1970-01-01Z', TIMESTAMPTZ '10000-01-01Z', 51, 2, :'deep_t', 0, TIMESTAMPTZ '1970-01-01Z', TIMESTAMPTZ '10000-01-01Z', 51, 3, :'deep_t', 0, TIMESTAMPTZ '1970-01-01Z', TIMESTAMPTZ '10000-01-01Z', 51, 51) \g /dev/null
EXECUTE page(1, :'deep_t', :deep_s, TIMESTAMPTZ '1970-01-01Z', TIMESTAMPTZ '10000-01-01Z', 51, 2, :'deep_t', 0, TIMESTAMPTZ '1970-01-01Z', TIMESTAMPTZ '10000-01-01Z', 51, 3, :'deep_t', 0, TIMESTAMPTZ '1970-01-01Z', TIMESTAMPTZ '10000-01-01Z', 51, 51) \g /dev/null
EXECUTE page(1, :'deep_t', :deep_s, TIMESTAMPTZ '1970-01-01Z', TIMESTAMPTZ '10000-01-01Z', 51, 2, :'deep_t', 0, TIMESTAMPTZ '1970-01-01Z', TIMESTAMPTZ '10000-01-01Z', 51, 3, :'deep_t', 0, TIMESTAMPTZ '1970-01-01Z', TIMESTAMPTZ '10000-01-01Z', 51, 51) \g /dev/null
\timing off
\echo '=== balance of the heavy member at the middle of its history (plan, then 10 timed runs)'
EXPLAIN (ANALYZE, BUFFERS) EXECUTE balance_at(:'middle_t', 'heavy');
EXECUTE balance_at(:'middle_t', 'heavy');
\timing on
EXECUTE balance_at(:'middle_t', 'heavy') \g /dev/null
EXECUTE balance_at(:'middle_t', 'heavy') \g /dev/null
EXECUTE balance_at(:'middle_t', 'heavy') \g /dev/null
EXECUTE balance_at(:'middle_t', 'heavy') \g /dev/null
EXECUTE balance_at(:'middle_t', 'heavy') \g /dev/null
EXECUTE balance_at(:'middle_t', 'heavy') \g /dev/null
EXECUTE balance_at(:'middle_t', 'heavy') \g /dev/null
EXECUTE balance_at(:'middle_t', 'heavy') \g /dev/null
EXECUTE balance_at(:'middle_t', 'heavy') \g /dev/null
EXECUTE balance_at(:'middle_t', 'heavy') \g /dev/null
\timing off
