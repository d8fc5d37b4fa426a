-- The settlement report of a closing (docs/modules/bonus.md, "Settlement report") reads the entries a closing took:
-- totals per bonus type and pages per (member, bonus type) by keyset. Without this index each page would scan every
-- entry ever written. Pending entries have no closing (NULL), so the index grows with closed entries only; a closing
-- already rewrites every entry it takes (status is indexed), so it writes one more index entry per entry.
CREATE INDEX bonus_entries_by_closing ON bonus_entries (closing_id, beneficiary_member_id, bonus_type);
