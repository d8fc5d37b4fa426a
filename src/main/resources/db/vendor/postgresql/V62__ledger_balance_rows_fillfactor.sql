-- PostgreSQL only (H2 has no fillfactor). Balance rows are rewritten by every posting and every daily mining
-- run: free space in each page lets PostgreSQL write the new row version in place (a HOT update, none of the
-- three indexes touched) instead of elsewhere with an entry in every index.
ALTER TABLE ledger_accounts SET (fillfactor = 70);
ALTER TABLE mining_balances SET (fillfactor = 70);
