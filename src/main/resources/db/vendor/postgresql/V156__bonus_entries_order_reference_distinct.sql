-- The credit poster reads the entries of up to 250 queued orders at once (order_reference = ANY(...)). PostgreSQL
-- estimates the rows per order reference from the last ANALYZE's count of distinct references; that count is an
-- absolute number, so on a table that grew since (every order adds ~30 entries) the estimate for 250 references
-- reached a large share of the table and the lookup ran as a sequential scan over all entries (bench/partner-orders
-- README: 181 sequential scans reading 11.3 M rows in one run). Stated as a share of the rows instead (-0.05: one
-- distinct reference per 20 entries, orders paying fewer entries included), the estimate scales with the table, so
-- the lookup keeps its index plan over the unique key (order_reference, ...) whatever the statistics' age. The
-- setting is read by the next ANALYZE (autovacuum's or a manual one); before the first, the default estimate is
-- already small. PostgreSQL only: H2 has no such statistics.
ALTER TABLE bonus_entries ALTER COLUMN order_reference SET (n_distinct = -0.05);
