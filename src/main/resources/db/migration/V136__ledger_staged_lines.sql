-- Lines of a BulkPosting call, staged for the statements that post them inside the database (accounts resolved by
-- key, balance rows locked, checked and updated, postings inserted from the updated rows). Rows live only inside the
-- posting transaction: the call deletes its batch before it returns, and a failed call rolls back with its
-- transaction. posting_id is the id the line's posting gets; account_id is NULL until the account is resolved.
CREATE TABLE ledger_staged_lines (
    batch_id   BIGINT          NOT NULL,
    posting_id BIGINT          NOT NULL,
    entry_id   BIGINT          NOT NULL,
    owner_type VARCHAR(8)      NOT NULL,
    owner_id   VARCHAR(64)     NOT NULL,
    asset      VARCHAR(16)     NOT NULL,
    bucket     VARCHAR(16)     NOT NULL,
    amount     NUMERIC(38, 18) NOT NULL,
    account_id BIGINT,
    CONSTRAINT ledger_staged_lines_pk PRIMARY KEY (batch_id, posting_id)
);
