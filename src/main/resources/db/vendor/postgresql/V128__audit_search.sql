-- The console's audit search filters by actor, target and time range, newest first (keyset on id); the action
-- prefix uses audit_events_by_action (action, id), on PostgreSQL a pattern index whatever the collation.
CREATE INDEX audit_events_by_actor ON audit_events (actor, id);
CREATE INDEX audit_events_by_target ON audit_events (target, id);
CREATE INDEX audit_events_by_time ON audit_events (occurred_at, id);
CREATE INDEX audit_events_by_action_prefix ON audit_events (action varchar_pattern_ops, id);
-- The console's withdrawals-per-day chart reads a bounded time range of withdrawal requests.
CREATE INDEX withdrawal_requests_by_created_at ON withdrawal_requests (created_at);
