-- One order as one plain transaction: idempotency key, order, ledger entry, 30 bonus entries, 31 postings (30 uplines
-- and the expense account 0), the 30 uplines' balance rows locked in account order and updated. Uplines at random
-- among 10,000 accounts (derived from :s, so every statement sees the same 30).
\set s random(1, 1000000000)
BEGIN;
INSERT INTO f_keys (key) VALUES ('k' || :s || '-' || :client_id || '-' || txid_current());
INSERT INTO f_orders (ref, buyer, pv) VALUES ('o' || :s || '-' || :client_id || '-' || txid_current(), :s % 10000, 100);
INSERT INTO f_entries (reference) VALUES ('bonus:o' || :s || '-' || :client_id || '-' || txid_current());
INSERT INTO f_bonus (order_ref, level, member, amount)
    SELECT 'o' || :s || '-' || :client_id || '-' || txid_current(), g, 1 + (:s::bigint * g * 7919) % 10000, 1
    FROM generate_series(1, 30) g;
INSERT INTO f_postings (entry_id, account, amount)
    SELECT currval('f_entries_id_seq'), 1 + (:s::bigint * g * 7919) % 10000, 1 FROM generate_series(1, 30) g
    UNION ALL SELECT currval('f_entries_id_seq'), 0, -30;
SELECT account FROM f_balances
    WHERE account IN (SELECT 1 + (:s::bigint * g * 7919) % 10000 FROM generate_series(1, 30) g)
    ORDER BY account FOR UPDATE;
UPDATE f_balances SET balance = balance + 1
    WHERE account IN (SELECT 1 + (:s::bigint * g * 7919) % 10000 FROM generate_series(1, 30) g);
END;
