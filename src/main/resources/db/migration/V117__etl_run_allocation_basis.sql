-- The allocation basis a mining run was prepared with ('time-weighted' or 'start-of-day'): every chunk of the
-- run, and its resumption after a crash or a lease takeover, uses it whatever the configuration says by then.
-- Runs prepared before this column existed keep NULL, which means time-weighted (the only basis back then).
ALTER TABLE etl_runs ADD COLUMN allocation_basis VARCHAR(16);
