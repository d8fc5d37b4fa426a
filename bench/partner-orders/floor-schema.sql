-- The floor of bench/partner-orders: the rows of one order as plain tables (README.md, "The floor").
DROP TABLE IF EXISTS f_keys, f_orders, f_entries, f_bonus, f_postings, f_balances;
CREATE TABLE f_keys (key TEXT PRIMARY KEY, created_at TIMESTAMPTZ NOT NULL DEFAULT now());
CREATE TABLE f_orders (ref TEXT PRIMARY KEY, buyer INT NOT NULL, pv NUMERIC(38, 18) NOT NULL,
    paid_at TIMESTAMPTZ NOT NULL DEFAULT now());
CREATE TABLE f_entries (id BIGSERIAL PRIMARY KEY, reference TEXT NOT NULL UNIQUE,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now());
CREATE TABLE f_bonus (id BIGSERIAL PRIMARY KEY, order_ref TEXT NOT NULL, level INT NOT NULL, member INT NOT NULL,
    amount NUMERIC(38, 18) NOT NULL, status TEXT NOT NULL DEFAULT 'PENDING', UNIQUE (order_ref, level));
CREATE INDEX f_bonus_by_status_member ON f_bonus (status, member, id);
CREATE TABLE f_postings (id BIGSERIAL PRIMARY KEY, entry_id BIGINT NOT NULL, account INT NOT NULL,
    amount NUMERIC(38, 18) NOT NULL);
CREATE INDEX f_postings_by_account ON f_postings (account, id);
CREATE TABLE f_balances (account INT PRIMARY KEY, balance NUMERIC(38, 18) NOT NULL);
INSERT INTO f_balances SELECT g, 0 FROM generate_series(0, 10000) g;
