-- The signature scheme of each partner call (V1: timestamp, nonce and body; V2: method, path with query, timestamp,
-- nonce and body hash; LEGACY_QUERY: GET /api/from/), so operators can see which partners still sign with V1 before
-- they set its cut-over date. Null for calls before this column existed and for calls naming no known scheme.
ALTER TABLE partner_inbound_events ADD COLUMN signature_scheme VARCHAR(16);
