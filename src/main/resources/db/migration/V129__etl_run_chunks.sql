-- The member ranges of a daily mining run (issue 15), fixed when the run is prepared: consecutive, disjoint ranges of
-- member ids (after_member exclusive, '' = from the first; last_member inclusive, NULL = to the last) that together
-- cover every member. Workers claim a pending range with SELECT ... FOR UPDATE SKIP LOCKED inside the chunk's own
-- transaction, which also writes the range's credits, marks it done and adds its totals to the run: the row lock is
-- the chunk's lease (released by the database the moment the worker's transaction or connection ends), and a range
-- is done exactly when its credits are committed. A run prepared before this table has none: its remaining members
-- (after etl_runs.cursor_member_id) are split into ranges when it resumes.
CREATE TABLE etl_run_chunks (
    run_id       BIGINT                   NOT NULL REFERENCES etl_runs (id),
    chunk_no     INT                      NOT NULL,
    after_member VARCHAR(64)              NOT NULL,
    last_member  VARCHAR(64),
    status       VARCHAR(8)               NOT NULL,
    worker       VARCHAR(120),
    members      INT                      NOT NULL DEFAULT 0,
    done_at      TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (run_id, chunk_no),
    CONSTRAINT etl_run_chunks_status CHECK (status IN ('pending', 'done')),
    CONSTRAINT etl_run_chunks_done CHECK ((status = 'done') = (done_at IS NOT NULL))
);
