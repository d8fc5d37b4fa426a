-- Keyset pages of the console's lists that would otherwise scan. H2 and PostgreSQL alike.
-- The approval queue of one kind, oldest first (approval.ApprovalRequests#awaitingAfter): the rows awaiting approval
-- of the kind in id order, one index range per page (approval_requests_by_status serves the queue of every kind).
CREATE INDEX approval_requests_by_status_kind ON approval_requests (status, kind, id);
-- The alerts page, newest first with ties by id (notification.AlertHistory#recentAfter): a page is one index range.
CREATE INDEX alerts_by_raised_at_id ON alerts (raised_at DESC, id);
