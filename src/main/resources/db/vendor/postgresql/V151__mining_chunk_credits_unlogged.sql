-- The allocated credits of a mining chunk never outlive its transaction (V150): no write-ahead log for them on
-- PostgreSQL. A crash empties an unlogged table, which loses nothing here.
ALTER TABLE mining_chunk_credits SET UNLOGGED;
