package com.aeghash.organization.internal;

import com.aeghash.organization.Side;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

/**
 * A node of the sponsor tree: its breadth-first place (depth, position), its path, its parent and side
 * (null for the root) and the PV totals of its two legs.
 */
record BinaryNode(
        String memberId,
        String sponsorId,
        String parentId,
        Side side,
        int depth,
        BigInteger position,
        String path,
        BigDecimal leftLegPv,
        BigDecimal rightLegPv) {

    /** A newly placed node: no leg PV yet. */
    static BinaryNode placed(String memberId, String sponsorId, OpenSlot slot, String parentPath) {
        return new BinaryNode(
                memberId,
                sponsorId,
                slot.parentId(),
                slot.side(),
                slot.depth(),
                slot.position(),
                TreePaths.child(parentPath, memberId),
                BigDecimal.ZERO,
                BigDecimal.ZERO);
    }

    static BinaryNode root(String memberId) {
        return new BinaryNode(
                memberId,
                null,
                null,
                null,
                0,
                BigInteger.ZERO,
                TreePaths.root(memberId),
                BigDecimal.ZERO,
                BigDecimal.ZERO);
    }

    /** The two empty child slots a new node brings. */
    List<OpenSlot> childSlots() {
        return List.of(
                new OpenSlot(depth + 1, BinaryPositions.childPosition(position, Side.LEFT), memberId, Side.LEFT),
                new OpenSlot(depth + 1, BinaryPositions.childPosition(position, Side.RIGHT), memberId, Side.RIGHT));
    }
}
