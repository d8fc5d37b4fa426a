-- The console's member directory searches by member id prefix and by name prefix (any case): prefix LIKE needs
-- pattern operator classes on PostgreSQL whatever the database's collation. Referral codes are unique (indexed).
CREATE INDEX organization_members_by_id_prefix ON organization_members (member_id varchar_pattern_ops);
CREATE INDEX organization_members_by_name_prefix ON organization_members (LOWER(name) varchar_pattern_ops);
