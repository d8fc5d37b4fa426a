-- One idempotency mechanism for every caller (module idempotency): keys belong to a scope, the caller that sent
-- them ('partner:<partner id>', 'operator:<username>'), instead of a partner. A partner's keys keep working: their
-- scope is 'partner:' || partner_id, and their stored hashes and responses are unchanged.
ALTER TABLE idempotency_keys ADD COLUMN scope VARCHAR(100);
UPDATE idempotency_keys SET scope = 'partner:' || partner_id;
ALTER TABLE idempotency_keys ALTER COLUMN scope SET NOT NULL;

ALTER TABLE idempotency_keys DROP CONSTRAINT idempotency_keys_claim;
DROP INDEX idempotency_keys_by_key;
ALTER TABLE idempotency_keys DROP COLUMN partner_id;
ALTER TABLE idempotency_keys ADD CONSTRAINT idempotency_keys_claim UNIQUE (scope, claim_key);
CREATE INDEX idempotency_keys_by_key ON idempotency_keys (scope, idempotency_key);
