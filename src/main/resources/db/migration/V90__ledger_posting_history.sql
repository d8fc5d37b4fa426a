-- Each posting records when it changed its account (posted_at), and each member posting its place in its account's
-- history (account_seq: 1, 2, ... per account, assigned under the account row's lock) and the account's balance
-- after it (balance_after). Member statements, running balances and balances at a point in time read them from one
-- index instead of summing postings. ledger_accounts.posting_count is the last account_seq given out.
-- Existing postings are filled in by V91 (per database: PostgreSQL refuses updates of postings unless asked).
ALTER TABLE ledger_accounts ADD COLUMN posting_count BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE ledger_postings ADD COLUMN posted_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE ledger_postings ADD COLUMN account_seq BIGINT;
ALTER TABLE ledger_postings ADD COLUMN balance_after NUMERIC(38, 18);
