-- A chunk of the daily mining run, allocated inside the database (one INSERT ... SELECT from the members' held hash
-- power): per member and coin the wanted credit and the amount granted within the coin's budget, and the slice of
-- credited members whose journal entry the member's lines go to (slice_first..slice_last, the entry's reference).
-- Rows live only inside the chunk's transaction: the chunk deletes them before it commits, a failed chunk rolls them
-- back. coin is NULL for a member when the run has no coins (the member is still recorded in mining_balances).
CREATE TABLE mining_chunk_credits (
    run_id      BIGINT          NOT NULL,
    chunk_no    INT             NOT NULL,
    member_id   VARCHAR(64)     NOT NULL,
    hash_power  NUMERIC(38, 18) NOT NULL,
    coin        VARCHAR(16),
    wanted      NUMERIC(38, 18) NOT NULL,
    amount      NUMERIC(38, 18) NOT NULL,
    slice_first VARCHAR(64),
    slice_last  VARCHAR(64)
);
CREATE INDEX mining_chunk_credits_by_chunk ON mining_chunk_credits (run_id, chunk_no);
