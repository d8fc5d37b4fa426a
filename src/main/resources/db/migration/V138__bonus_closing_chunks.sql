-- The member ranges of a bonus closing (issue 15), fixed once per closing before its first chunk: consecutive,
-- disjoint ranges of beneficiary member ids (after_member exclusive, '' = from the first; last_member inclusive,
-- NULL = to the last) that together cover every member, each holding about aeghash.bonus.closing.chunk-entries
-- closable entries when it was fixed. A worker claims a pending range in a short transaction of its own (worker and
-- lease_until, FOR UPDATE SKIP LOCKED), then writes it in one transaction that locks the range's row, checks it still
-- holds the claim, moves the range's entries, posts the ledger, records the debt recovery, adds its totals to the
-- closing and marks the range done. A worker that dies leaves its claim until lease_until; then any worker, of any
-- instance, may claim the range again. A closing started before this table has none: its remaining entries are split
-- into ranges when it resumes, numbered after the chunks it already committed.
CREATE TABLE bonus_closing_chunks (
    closing_id   BIGINT                   NOT NULL REFERENCES bonus_closings (id),
    chunk_no     INT                      NOT NULL,
    after_member VARCHAR(64)              NOT NULL,
    last_member  VARCHAR(64),
    status       VARCHAR(8)               NOT NULL,
    worker       VARCHAR(120),
    lease_until  TIMESTAMP WITH TIME ZONE,
    entries      INT                      NOT NULL DEFAULT 0,
    done_at      TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (closing_id, chunk_no),
    CONSTRAINT bonus_closing_chunks_status CHECK (status IN ('pending', 'done')),
    CONSTRAINT bonus_closing_chunks_done CHECK ((status = 'done') = (done_at IS NOT NULL))
);
