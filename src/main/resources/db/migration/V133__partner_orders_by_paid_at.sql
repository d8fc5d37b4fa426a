-- The console's partner orders per hour (partner.PartnerStatistics) read a range of paid_at: one index range
-- instead of a scan of every partner order. H2 and PostgreSQL alike.
CREATE INDEX partner_orders_by_paid_at ON partner_orders (paid_at);
