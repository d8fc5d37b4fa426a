package com.aeghash.organization.internal;

import com.aeghash.organization.Side;
import java.math.BigInteger;

/** An empty child slot of a binary node, at the breadth-first place (depth, position) it would fill. */
record OpenSlot(int depth, BigInteger position, String parentId, Side side) {}
