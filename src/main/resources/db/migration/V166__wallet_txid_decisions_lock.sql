-- One row whose lock serializes the operators' decisions that attach a txid to an unknown wallet transaction
-- (WalletTransactionRepository.lockTxidDecisions, taken FOR UPDATE in the deciding transaction before the check that
-- no other transaction holds the txid). Without it two operators attaching one txid to two unknown transfers at the
-- same instant could both find it free, and one payment on the chain would settle two transactions. Decisions are
-- rare and manual, so one lock for all of them costs nothing; a unique index over txid and txid_token was not
-- possible (two columns, and rows written before the check may already share a txid).
CREATE TABLE wallet_txid_decisions (
    id SMALLINT PRIMARY KEY CHECK (id = 1)
);
INSERT INTO wallet_txid_decisions (id) VALUES (1);
