-- The dashboard's bonus paid per closing by type (bonus.BonusReports#paidByType) sums the paid entries of the
-- closings shown in one grouped read. This index holds only those entries (partial: CONFIRMED and CLAWED_BACK, the
-- statuses a closing's paid entries end in) with their amount, in the grouping's order: the read is one index range
-- per closing, index-only once the pages are all-visible, and its groups come out sorted (no hash, no sort). Pending
-- and cancelled entries never enter it; a closing that confirms an entry writes one more index entry for it.
-- PostgreSQL only (partial and covering indexes): on H2 the read uses bonus_entries_by_closing (V132).
CREATE INDEX bonus_entries_paid_by_closing ON bonus_entries (closing_id, bonus_type) INCLUDE (amount)
    WHERE status IN ('CONFIRMED', 'CLAWED_BACK');
