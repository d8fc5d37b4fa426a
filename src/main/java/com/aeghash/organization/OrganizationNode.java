package com.aeghash.organization;

import java.math.BigDecimal;
import java.util.List;

/**
 * A node of a tree as the API shows it, with its children down to the depth shown. Binary nodes carry their
 * side and leg PV totals (null in the unilevel tree). The totals are folded from the orders' sales volume by a
 * job every second: an order paid a moment ago may not be in them yet. {@code name} is the member's display name
 * (null when none was given) and {@code rank} the current rank (null when no rank module answers).
 */
public record OrganizationNode(
        String memberId,
        String name,
        String rank,
        int depth,
        Side side,
        BigDecimal leftLegPv,
        BigDecimal rightLegPv,
        List<OrganizationNode> children) {

    public OrganizationNode {
        children = List.copyOf(children);
    }
}
