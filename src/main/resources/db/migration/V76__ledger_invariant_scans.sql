-- The last full scan of the ledger's invariants (one row, 'last'): health reports it instead of scanning, on
-- every instance, also right after a restart. Written by the scheduled scan and by operators' on-demand scans,
-- only ever updated (a scan that started later is never overwritten by one that finishes later).
CREATE TABLE ledger_invariant_scans (
    id               VARCHAR(16)              NOT NULL PRIMARY KEY,
    checked_at       TIMESTAMP WITH TIME ZONE,
    took_millis      BIGINT,
    accounts_checked BIGINT,
    violation_count  INT,
    violations       VARCHAR(4000),
    CONSTRAINT ledger_invariant_scans_one_row CHECK (id = 'last')
);
INSERT INTO ledger_invariant_scans (id) VALUES ('last');
