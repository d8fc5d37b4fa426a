-- Every wallet transaction names who asked for it: the member app's account for a member's own transfer or transit,
-- or the module paying from a key it holds ('withdrawal-payout'). Rows written before this migration did not record
-- it: they say 'unrecorded'. The default serves only them; every new row must name its actor.
ALTER TABLE wallet_transactions ADD COLUMN actor VARCHAR(100) DEFAULT 'unrecorded' NOT NULL;
ALTER TABLE wallet_transactions ALTER COLUMN actor DROP DEFAULT;
