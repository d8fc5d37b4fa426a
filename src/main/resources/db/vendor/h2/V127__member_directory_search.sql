-- The member directory's name search (PostgreSQL has pattern indexes on the id and the lower-cased name; H2 has
-- no expression indexes: the name index serves exact-case prefixes, the rest is a scan of the test data).
CREATE INDEX organization_members_by_name ON organization_members (name);
