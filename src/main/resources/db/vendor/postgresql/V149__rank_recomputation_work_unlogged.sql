-- The working set of a full rank recomputation (V105) never outlives the recomputation's transaction: no write-ahead
-- log for it (a crash empties an unlogged table, which loses nothing here). Each of its rows is written once by the
-- fill and updated once by its depth level: with half of every page left free (fillfactor 50) and no index on the
-- updated column, that update is a heap-only tuple update (no index entries written). The children of a member are
-- found by referrer alone; their levels are read from the rows (a member has few direct referrals).
ALTER TABLE rank_recomputation_work SET UNLOGGED;
ALTER TABLE rank_recomputation_work SET (fillfactor = 50);
DROP INDEX rank_recomputation_work_by_referrer;
CREATE INDEX rank_recomputation_work_by_referrer ON rank_recomputation_work (referrer_id);
-- RecomputationSql drops this table's key and indexes after its TRUNCATE and creates them again once it is filled,
-- in the run's transaction: a change of their definitions here has to be made there too.
