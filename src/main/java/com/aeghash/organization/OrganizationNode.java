package com.aeghash.organization;

import java.math.BigDecimal;
import java.util.List;

/**
 * A node of a tree as the API shows it, with its children down to the depth shown. Binary nodes carry their
 * side and leg PV totals (null in the unilevel tree). The totals are folded from the orders' sales volume by a
 * job every second: an order paid a moment ago may not be in them yet.
 */
public record OrganizationNode(
        String memberId,
        int depth,
        Side side,
        BigDecimal leftLegPv,
        BigDecimal rightLegPv,
        List<OrganizationNode> children) {

    public OrganizationNode {
        children = List.copyOf(children);
    }
}
