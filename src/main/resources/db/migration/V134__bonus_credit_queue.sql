-- Orders whose bonus credits are owed to the ledger (docs/modules/bonus.md, "Pending credits: posted by a job"):
-- a row is written with the order and deleted by the credit poster in the transaction that posts the credits.
-- The primary key serves both the poster's delete and the closing's NOT EXISTS (orders still queued are not closed).
-- Identical on H2 (MODE=PostgreSQL) and PostgreSQL.
CREATE TABLE bonus_credit_queue (
    order_reference VARCHAR(190)             NOT NULL PRIMARY KEY,
    queued_at       TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The number of each posted batch: its ledger reference bonus-credits:<n>.
CREATE SEQUENCE bonus_credit_batches;
