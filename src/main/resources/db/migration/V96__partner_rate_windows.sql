-- The partner rate limit across every instance: one row per partner per one-second window (epoch second), counting
-- the permits taken in it. A conditional UPDATE takes a permit only while calls < the limit, so the count never
-- passes it whatever the number of instances; rows of past windows are purged by the partner housekeeping job.
CREATE TABLE partner_rate_windows (
    partner_id   VARCHAR(64) NOT NULL,
    window_start BIGINT      NOT NULL,
    calls        INTEGER     NOT NULL,
    PRIMARY KEY (partner_id, window_start),
    CONSTRAINT partner_rate_windows_calls_positive CHECK (calls > 0)
);
