-- The withdrawal sales cap sums a member's paid orders (partner.MemberSales): index that lookup instead
-- of scanning every order.
CREATE INDEX partner_orders_by_member ON partner_orders (member_id, status);
