-- Every posting has a time (V91 filled in the older ones); a member posting has both its place and its balance
-- after, a system posting neither. One index serves statements, running balances and balances at a time: an
-- account's postings in (posted_at, account_seq) order, which is the order its balance changed in. It starts with
-- account_id, so on PostgreSQL it replaces the index on account_id alone (H2 keeps that one: its foreign key
-- constraint owns it; V92 there is the same without the DROP).
ALTER TABLE ledger_postings ALTER COLUMN posted_at SET NOT NULL;
ALTER TABLE ledger_postings ADD CONSTRAINT ledger_postings_member_history
    CHECK ((account_seq IS NULL AND balance_after IS NULL) OR (account_seq IS NOT NULL AND balance_after IS NOT NULL));
CREATE INDEX ledger_postings_by_account_time ON ledger_postings (account_id, posted_at, account_seq);
DROP INDEX ledger_postings_by_account;
