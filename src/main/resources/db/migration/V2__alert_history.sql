-- Every alert raised, recorded in the business transaction that raised it (append-only but for
-- delivered_at, set once the webhook accepted it), for the operators' console.
CREATE TABLE alerts (
    id           UUID                     NOT NULL PRIMARY KEY,
    raised_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    severity     VARCHAR(16)              NOT NULL,
    source       VARCHAR(64)              NOT NULL,
    title        VARCHAR(300)             NOT NULL,
    text         VARCHAR(4000)            NOT NULL,
    fields       VARCHAR(4000)            NOT NULL,
    delivered_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX alerts_by_raised_at ON alerts (raised_at);
