-- Failed sign-ins per subject, shared by every instance: 'username:<name as typed>' and 'address:<source address>'.
-- failures and last_failure_at drive the growing delay and the lock (blocked_until; no sign-in of the subject is
-- checked before it); burst_* count failed and refused attempts in the current alert window, so a burst raises one
-- alert per window. A row is deleted by a successful sign-in (user names), by an administrator, or once forgotten.
CREATE TABLE sign_in_failures (
    subject VARCHAR(200) NOT NULL PRIMARY KEY,
    failures INT NOT NULL,
    last_failure_at TIMESTAMP WITH TIME ZONE NOT NULL,
    blocked_until TIMESTAMP WITH TIME ZONE,
    burst_started_at TIMESTAMP WITH TIME ZONE NOT NULL,
    burst_count INT NOT NULL,
    burst_alerted BOOLEAN NOT NULL
);

CREATE INDEX sign_in_failures_last_failure ON sign_in_failures (last_failure_at);
