-- Operators acknowledge an alert (someone is on it) and resolve it with a note (what was done); both audited by
-- the console. A resolved alert is acknowledged too. The dashboard counts the unacknowledged ones (bounded).
ALTER TABLE alerts ADD COLUMN acknowledged_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE alerts ADD COLUMN acknowledged_by VARCHAR(100);
ALTER TABLE alerts ADD COLUMN acknowledgement_note VARCHAR(1000);
ALTER TABLE alerts ADD COLUMN resolved_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE alerts ADD COLUMN resolved_by VARCHAR(100);
ALTER TABLE alerts ADD COLUMN resolution_note VARCHAR(1000);
CREATE INDEX alerts_by_acknowledged_at ON alerts (acknowledged_at, raised_at);
