-- Declaring an unclear payout failed needs the vendor's word or a second operator (module approval):
-- * the reconcilers count the look-ups that found nothing: receipt_not_found_checks (MBlock receiptByHash of the
--   transfer's txid said "not found") and history_miss_checks (HashDam's withdrawal history shows no match);
-- * an operator decision records who decided it and who approved it (NULL when the vendor's word backed one
--   operator).
ALTER TABLE wallet_transactions ADD COLUMN receipt_not_found_checks INT DEFAULT 0 NOT NULL;
ALTER TABLE wallet_transactions ADD COLUMN approved_by VARCHAR(100);

ALTER TABLE mining_withdrawals ADD COLUMN history_miss_checks INT DEFAULT 0 NOT NULL;
ALTER TABLE mining_withdrawals ADD COLUMN decided_by VARCHAR(100);
ALTER TABLE mining_withdrawals ADD COLUMN approved_by VARCHAR(100);
