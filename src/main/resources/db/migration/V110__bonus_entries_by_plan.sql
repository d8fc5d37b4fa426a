-- Named bonus plans (aeghash.bonus.plans): an order whose products pay by different plans has one share of its
-- PV per plan, and one entry per plan, bonus type and level. Entries written before this, and every order without
-- product lines, are of the default plan. The default value keeps every existing insert valid; adding a column
-- with a constant default rewrites no row on PostgreSQL 11+.
ALTER TABLE bonus_entries ADD COLUMN bonus_plan VARCHAR(32) DEFAULT 'default' NOT NULL;
ALTER TABLE bonus_entries DROP CONSTRAINT bonus_entries_per_level;
ALTER TABLE bonus_entries ADD CONSTRAINT bonus_entries_per_level UNIQUE (order_reference, bonus_type, tree_level, bonus_plan);
