-- The look-up of a txid among every wallet transaction (WalletTransactionRepository.txidHeldByAnother: the transfer's
-- txid or the transit's token txid, without regard to case) read the whole table; one index per column on the
-- lower-cased value makes it two index probes. PostgreSQL only: H2 has no indexes on expressions.
CREATE INDEX wallet_transactions_txid_lower ON wallet_transactions (LOWER(txid));
CREATE INDEX wallet_transactions_txid_token_lower ON wallet_transactions (LOWER(txid_token));
