-- Withdrawal requests and manual ledger adjustments run under the one idempotency mechanism (module
-- idempotency, table idempotency_keys, keys scoped to the operator: 'operator:<username>'), like partner calls.

-- A withdrawal is unique per idempotency record, no longer per requester and raw key: a key used again after it
-- expired is a new record and so a new request, never a unique violation against the withdrawal of its first
-- use. The raw key stays on the row for operators (8-255 characters now). Requests accepted before this
-- migration have no record (NULL, which never collides).
ALTER TABLE withdrawal_requests ADD COLUMN idempotency_record_id BIGINT;
ALTER TABLE withdrawal_requests DROP CONSTRAINT withdrawal_requests_idempotency;
ALTER TABLE withdrawal_requests ADD CONSTRAINT withdrawal_requests_idempotency UNIQUE (idempotency_record_id);
ALTER TABLE withdrawal_requests ALTER COLUMN idempotency_key SET DATA TYPE VARCHAR(255);

-- Keys used before this migration and not yet 24 hours old keep their request from being made twice: each gets
-- an idempotency record that expires 24 hours after its request. Their payload hash was computed differently,
-- so the record holds a hash no request has ('accepted-before-V64'): until it expires, a retry with the key gets
-- 409 idempotency_conflict (recorded as FAILED_CONFLICT), never a second withdrawal or adjustment; the stored
-- response is therefore never replayed. New adjustments post under 'manual-adjustment:<record id>', which none
-- of the old references ('manual-adjustment:<operator>:<key>') can equal.
INSERT INTO idempotency_keys (scope, idempotency_key, claim_key, operation, request_hash, status, attempt,
    response_status, response_body, expires_at, created_at, updated_at)
SELECT 'operator:' || requested_by, idempotency_key, idempotency_key, 'withdrawals.request', 'accepted-before-V64',
    'COMPLETED', 1, 201, '{"id":' || id || '}', created_at + INTERVAL '24' HOUR, created_at, created_at
FROM withdrawal_requests
WHERE created_at > CURRENT_TIMESTAMP - INTERVAL '24' HOUR;

INSERT INTO idempotency_keys (scope, idempotency_key, claim_key, operation, request_hash, status, attempt,
    response_status, response_body, expires_at, created_at, updated_at)
SELECT 'operator:' || actor, idempotency_key, idempotency_key, 'ledger.adjustments', 'accepted-before-V64',
    'COMPLETED', 1, 201, '{"entryId":' || entry_id || '}', created_at + INTERVAL '24' HOUR, created_at, created_at
FROM (
    SELECT id AS entry_id, created_at,
        SUBSTRING(SUBSTRING(reference FROM 19) FROM 1 FOR POSITION(':' IN SUBSTRING(reference FROM 19)) - 1) AS actor,
        SUBSTRING(SUBSTRING(reference FROM 19) FROM POSITION(':' IN SUBSTRING(reference FROM 19)) + 1)
            AS idempotency_key
    FROM ledger_entries
    WHERE reference LIKE 'manual-adjustment:%:%' AND created_at > CURRENT_TIMESTAMP - INTERVAL '24' HOUR
) adjustments
WHERE NOT EXISTS (SELECT 1 FROM idempotency_keys existing
    WHERE existing.scope = 'operator:' || adjustments.actor AND existing.claim_key = adjustments.idempotency_key);
