-- The staged lines never outlive their transaction (V136): no write-ahead log for them on PostgreSQL. A crash empties
-- an unlogged table, which loses nothing here.
ALTER TABLE ledger_staged_lines SET UNLOGGED;
