-- A staged line carries an id reserved for its account should the account not exist yet: the accounts a BulkPosting
-- call finds missing are then created by one INSERT ... SELECT over the staged batch (ON CONFLICT DO NOTHING: an
-- account a concurrent transaction created meanwhile keeps its id, and the lines are resolved to it by key), instead
-- of travelling to the client and back.
ALTER TABLE ledger_staged_lines ADD COLUMN new_account_id BIGINT;
