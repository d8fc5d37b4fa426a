package com.aeghash.organization.internal;

import com.aeghash.organization.Side;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Pure arithmetic of breadth-first positions in the binary tree. A node's position is the binary number
 * of the sides on its path from the root (L = 0, R = 1), so at each depth positions increase left to
 * right and breadth-first order is (depth, position). The descendants of a node at (d, p) at depth d + k
 * are exactly the positions {@code [p * 2^k, (p + 1) * 2^k)}: one contiguous range per level.
 */
final class BinaryPositions {

    /**
     * Levels below a sponsor searched for a free slot. When the first free slot of a subtree is k levels
     * below its top, the k - 1 levels above it are full: the subtree holds at least 2^k - 2 members. With
     * fewer than 2^40 members the slot is therefore always within 40 levels, whatever the tree's height,
     * so one search costs at most 40 index probes in one statement.
     */
    static final int SEARCH_LEVELS = 40;

    private BinaryPositions() {}

    static BigInteger childPosition(BigInteger parentPosition, Side side) {
        BigInteger doubled = parentPosition.shiftLeft(1);
        return side == Side.RIGHT ? doubled.add(BigInteger.ONE) : doubled;
    }

    /**
     * The position ranges of the subtree of (depth, position) on each of the next {@code levels} levels,
     * shallowest first: the first free slot breadth-first is the smallest position of the first
     * non-empty range.
     */
    static List<LevelRange> subtreeRanges(int depth, BigInteger position, int levels) {
        List<LevelRange> ranges = new ArrayList<>(levels);
        for (int below = 1; below <= levels; below++) {
            ranges.add(new LevelRange(
                    depth + below,
                    position.shiftLeft(below),
                    position.add(BigInteger.ONE).shiftLeft(below)));
        }
        return ranges;
    }

    /**
     * The side of the ancestor at {@code ancestorDepth} under which the node at (depth, position) lies:
     * the bit of the position chosen at step {@code ancestorDepth + 1} from the root.
     */
    static Side sideBelowAncestor(int depth, BigInteger position, int ancestorDepth) {
        if (ancestorDepth < 0 || ancestorDepth >= depth) {
            throw new IllegalArgumentException("depth " + ancestorDepth + " is not an ancestor of depth " + depth);
        }
        return position.testBit(depth - ancestorDepth - 1) ? Side.RIGHT : Side.LEFT;
    }
}
