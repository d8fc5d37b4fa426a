-- What a completed closing carried into the next one (docs/modules/bonus.md, "Settlement report"), snapshot in the
-- transaction that completes it, so a report read later gives the same figures however later closings move entries.
-- Per member and bonus type: the entries still PENDING whose order was paid on or before the cut-off (inside the
-- refund delay, or credits still queued), counted and summed. Per member, with bonus_type '' (no bonus type): the
-- bonus debt outstanding after the closing (entries 0). Closings completed before this migration have no rows (they
-- show nothing carried). Identical on H2 (MODE=PostgreSQL) and PostgreSQL.
CREATE TABLE bonus_closing_carried (
    closing_id BIGINT          NOT NULL REFERENCES bonus_closings (id),
    member_id  VARCHAR(64)     NOT NULL,
    bonus_type VARCHAR(32)     NOT NULL,
    entries    BIGINT          NOT NULL,
    amount     NUMERIC(38, 18) NOT NULL,
    CONSTRAINT bonus_closing_carried_key PRIMARY KEY (closing_id, member_id, bonus_type),
    CONSTRAINT bonus_closing_carried_amount CHECK (amount > 0 AND entries >= 0 AND (bonus_type = '') = (entries = 0))
);
