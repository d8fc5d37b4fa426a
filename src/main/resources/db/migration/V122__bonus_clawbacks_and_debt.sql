-- Refunds after confirmation (docs/modules/bonus.md, "Refunds after confirmation"): confirmed entries of a refunded
-- order become CLAWED_BACK; what the beneficiary's available balance did not cover is a bonus debt, a member bucket
-- BONUS_DEBT (positive: what the member owes) mirrored by the system account bonus_receivable.
ALTER TABLE bonus_entries DROP CONSTRAINT bonus_entries_status;
ALTER TABLE bonus_entries ADD CONSTRAINT bonus_entries_status
    CHECK (status IN ('PENDING', 'CONFIRMED', 'CANCELLED', 'CLAWED_BACK'));

ALTER TABLE ledger_accounts DROP CONSTRAINT ledger_accounts_bucket;
ALTER TABLE ledger_accounts ADD CONSTRAINT ledger_accounts_bucket CHECK (
    (owner_type = 'MEMBER' AND bucket IN ('AVAILABLE', 'PENDING', 'WITHDRAWAL_HOLD', 'BONUS_DEBT')
        AND balance IS NOT NULL AND balance >= 0)
    OR (owner_type = 'SYSTEM' AND bucket = 'SYSTEM' AND balance IS NULL));

-- One row per clawed-back entry, written in the refund's transaction: how its confirmed amount was taken back.
CREATE TABLE bonus_clawbacks (
    entry_id              BIGINT                   NOT NULL PRIMARY KEY REFERENCES bonus_entries (id),
    order_reference       VARCHAR(190)             NOT NULL REFERENCES bonus_orders (order_reference),
    member_id             VARCHAR(64)              NOT NULL,
    confirmed_closing_id  BIGINT                   REFERENCES bonus_closings (id),
    amount                NUMERIC(38, 18)          NOT NULL,
    from_available        NUMERIC(38, 18)          NOT NULL,
    to_debt               NUMERIC(38, 18)          NOT NULL,
    clawed_back_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT bonus_clawbacks_split CHECK (from_available >= 0 AND to_debt >= 0 AND from_available + to_debt = amount)
);
CREATE INDEX bonus_clawbacks_by_order ON bonus_clawbacks (order_reference);
CREATE INDEX bonus_clawbacks_by_member ON bonus_clawbacks (member_id, clawed_back_at);

-- What each closing chunk recovered of its members' bonus debts (written in the chunk's transaction).
CREATE TABLE bonus_debt_recoveries (
    closing_id   BIGINT                   NOT NULL REFERENCES bonus_closings (id),
    chunk        INT                      NOT NULL,
    member_id    VARCHAR(64)              NOT NULL,
    amount       NUMERIC(38, 18)          NOT NULL,
    recovered_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT bonus_debt_recoveries_key PRIMARY KEY (closing_id, chunk, member_id),
    CONSTRAINT bonus_debt_recoveries_amount CHECK (amount > 0)
);
CREATE INDEX bonus_debt_recoveries_by_member ON bonus_debt_recoveries (member_id, recovered_at);
