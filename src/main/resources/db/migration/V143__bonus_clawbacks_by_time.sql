-- The closing preview reads the claw-backs of a period (recorded since the previous closing's cut-off, up to this
-- one): a range of this index rather than a scan of every claw-back ever made.
CREATE INDEX bonus_clawbacks_by_time ON bonus_clawbacks (clawed_back_at);
