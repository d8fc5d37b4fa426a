-- Operator corrections of a member's hash power: signed adjustments with a reason, never an overwrite. An "adjust
-- to" request stores the target it asked for and the difference it posted. A repeated reference is answered from
-- here. The older "set hash power" commands stay in mining_hash_power_settings as history; nothing writes there.
CREATE TABLE mining_hash_power_adjustments (
    reference           VARCHAR(100)             NOT NULL PRIMARY KEY,
    member_id           VARCHAR(64)              NOT NULL,
    requested_delta     NUMERIC(38, 18),
    requested_target    NUMERIC(38, 18),
    delta               NUMERIC(38, 18)          NOT NULL,
    previous_hash_power NUMERIC(38, 18)          NOT NULL,
    hash_power          NUMERIC(38, 18)          NOT NULL,
    reason              VARCHAR(200)             NOT NULL,
    actor               VARCHAR(64)              NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT mining_hash_power_adjustments_one_form
        CHECK ((requested_delta IS NULL AND requested_target IS NOT NULL)
            OR (requested_delta IS NOT NULL AND requested_target IS NULL)),
    CONSTRAINT mining_hash_power_adjustments_never_negative CHECK (hash_power >= 0)
);
CREATE INDEX mining_hash_power_adjustments_by_member ON mining_hash_power_adjustments (member_id, created_at);
