-- As PostgreSQL's V149 without its storage parameters (unlogged, fillfactor): the working set of a full rank
-- recomputation finds a member's children by referrer alone, so updating their level writes no index entry.
DROP INDEX rank_recomputation_work_by_referrer;
CREATE INDEX rank_recomputation_work_by_referrer ON rank_recomputation_work (referrer_id);
